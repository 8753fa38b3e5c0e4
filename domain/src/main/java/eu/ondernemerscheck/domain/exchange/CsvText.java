package eu.ondernemerscheck.domain.exchange;

import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded CSV file: UTF-8 with or without a byte order mark, nothing else. A file saved in another
 * encoding (Windows-1252 "CSV (gescheiden door lijstscheidingsteken)") is refused with the line of the first bad
 * byte, instead of turning "café" into "cafÃ©" or worse without anyone noticing.
 */
public final class CsvText {

    /** The largest file the import reads (issue 10). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    private CsvText() {
    }

    /** @throws InvalidInputException on the field {@code bestand}, naming the line of the first invalid byte */
    public static String decode(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("bestand", "Het bestand is groter dan 10 MB. Splits het in kleinere"
                    + " bestanden.");
        }
        int start = content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2]
                ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            throw new InvalidInputException("bestand", "Het bestand is niet in UTF-8 opgeslagen: regel "
                    + lineOf(content, bad) + " bevat een ongeldig teken (byte 0x"
                    + String.format("%02X", content[bad] & 0xff) + "). Sla het bestand in uw rekenblad op als"
                    + " \"CSV UTF-8\" en probeer het opnieuw.");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static int lineOf(byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
