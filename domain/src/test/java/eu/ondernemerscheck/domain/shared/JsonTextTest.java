package eu.ondernemerscheck.domain.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTextTest {

    @Test
    void quotesBackslashesAndControlCharactersAreEscapedAndEverythingElseKept() {
        assertEquals("\"Bakkerij \\\"De Zon\\\" \\\\ \\u000a€ é\"", JsonText.quote("Bakkerij \"De Zon\" \\ \n€ é"));
    }

    @Test
    void anEmptyTextIsAnEmptyString() {
        assertEquals("\"\"", JsonText.quote(""));
    }
}
