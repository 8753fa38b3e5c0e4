package eu.ondernemerscheck.domain.accounts;

import eu.ondernemerscheck.domain.shared.FieldError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static Optional<FieldError> check(String password) {
        return PasswordPolicy.check("password", password, List.of("jan.jansen@kantoor-alfa.nl", "Kantoor Zonnebloem"));
    }

    @Test
    void sevenCharactersAreTooShortEightAreEnough() {
        assertTrue(check("vlq7Tzp").orElseThrow().message().contains("minstens 8"));
        assertTrue(check("vlq7Tzpm").isEmpty());
    }

    @Test
    void sixtyFourAccentedLettersAreAcceptedThoughTheyTake128Bytes() {
        assertTrue(check("é".repeat(64)).isEmpty());
        assertTrue(check("é".repeat(128)).isEmpty());
    }

    @Test
    void moreThan128CharactersAreRefusedWithAClearMessage() {
        assertTrue(check("ë".repeat(129)).orElseThrow().message().contains("hoogstens 128"));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String eightEmoji = "🙂".repeat(8);
        assertEquals(16, eightEmoji.length());
        assertTrue(check(eightEmoji).isEmpty());
        assertTrue(check("🙂".repeat(7)).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wachtwoord1", "Welkom2024", "12345678", "qwertyuiop", "azerty123", "P@ssw0rd",
            "sophie1990", "01011980", "Amsterdam123"})
    void commonPasswordsAreRefusedWhateverTheirCase(String password) {
        assertTrue(check(password).orElseThrow().message().contains("veel gebruikt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ondernemerscheck!", "MijnOndernemer77", "zonnebloem-2026!", "janjansen-geheim"})
    void wordsFromTheContextAreRefused(String password) {
        assertTrue(check(password).orElseThrow().message().contains("makkelijk te raden"));
    }

    @Test
    void noCompositionRulesFifteenRandomLowercaseLettersAreAccepted() {
        Random seeded = new Random(20260101);
        for (int i = 0; i < 50; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < 15; j++) {
                b.append((char) ('a' + seeded.nextInt(26)));
            }
            assertTrue(check(b.toString()).isEmpty(), b.toString());
        }
    }

    @Test
    void theBundledListHoldsAtLeastTheThreeThousandMostCommonPatterns() {
        assertTrue(PasswordPolicy.commonPasswordCount() >= 3000);
    }

    @Test
    void controlCharactersAreRefused() {
        assertTrue(check("abcd\u0000efghij").isPresent());
    }
}
