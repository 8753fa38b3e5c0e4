package eu.ondernemerscheck.domain.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpTest {

    /** The SHA-1 seed of RFC 6238 appendix B: the ASCII digits 1234567890 twice (20 bytes). */
    static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 appendix B, SHA-1 rows: time in seconds, T as hexadecimal, eight-digit TOTP. */
    @ParameterizedTest
    @CsvSource({
            "59,          0000000000000001, 94287082",
            "1111111109,  00000000023523EC, 07081804",
            "1111111111,  00000000023523ED, 14050471",
            "1234567890,  000000000273EF07, 89005924",
            "2000000000,  0000000003F940AA, 69279037",
            "20000000000, 0000000027BC86AA, 65353130"})
    void theTestVectorsOfRfc6238AppendixB(long seconds, String stepHex, String expected) {
        Instant at = Instant.ofEpochSecond(seconds);
        assertEquals(Long.parseLong(stepHex, 16), Totp.step(at));
        assertEquals(expected, Totp.code(RFC_SEED, Totp.step(at), 8));
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsOfTheEightDigitOnes() {
        Instant at = Instant.ofEpochSecond(1111111109);
        assertEquals("081804", Totp.codeAt(RFC_SEED, at));
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNotTwo() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        for (int offset = -1; offset <= 1; offset++) {
            String code = Totp.code(RFC_SEED, step + offset, 6);
            assertEquals(OptionalLong.of(step + offset), Totp.matchingStep(RFC_SEED, code, now));
        }
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 2, 6), now));
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 2, 6), now));
    }

    @Test
    void theWindowFollowsStepBoundariesToTheSecond() {
        Instant lastSecondOfAStep = Instant.ofEpochSecond(30 * 1000L + 29);
        Instant firstSecondOfNext = lastSecondOfAStep.plusSeconds(1);
        String codeOfStep999 = Totp.code(RFC_SEED, 999, 6);
        assertEquals(OptionalLong.of(999), Totp.matchingStep(RFC_SEED, codeOfStep999, lastSecondOfAStep));
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SEED, codeOfStep999, firstSecondOfNext));
        String codeOfStep1002 = Totp.code(RFC_SEED, 1002, 6);
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SEED, codeOfStep1002, lastSecondOfAStep));
        assertEquals(OptionalLong.of(1002), Totp.matchingStep(RFC_SEED, codeOfStep1002, firstSecondOfNext));
    }

    @Test
    void somethingOtherThanSixDigitsNeverMatches() {
        Instant now = Instant.ofEpochSecond(59);
        String code = Totp.codeAt(RFC_SEED, now);
        assertTrue(Totp.matchingStep(RFC_SEED, code.substring(0, 3) + " " + code.substring(3), now).isPresent());
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SEED, code + "0", now));
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SEED, "abcdef", now));
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SEED, null, now));
    }

    @Test
    void secretsHave160BitsAndSurviveBase32() {
        byte[] secret = Totp.newSecret(new SecureRandom());
        assertEquals(20, secret.length);
        String text = Base32.encode(secret);
        assertTrue(text.matches("[A-Z2-7]{32}"));
        assertArrayEquals(secret, Base32.decode(text.toLowerCase().replaceAll("(.{4})", "$1 ")));
    }

    @Test
    void base32FollowsRfc4648() {
        assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MY", Base32.encode("f".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("foob", new String(Base32.decode("MZXW6YQ="), StandardCharsets.US_ASCII));
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZ1"));
    }

    @Test
    void theOtpauthAddressNamesIssuerAccountAndParameters() {
        assertEquals(
                "otpauth://totp/Ondernemerscheck:an%40example.nl?secret=JBSWY3DPEHPK3PXP&issuer=Ondernemerscheck"
                        + "&algorithm=SHA1&digits=6&period=30", Totp.otpauthUri("Ondernemerscheck", "an@example.nl", "JBSWY3DPEHPK3PXP"));
    }
}
