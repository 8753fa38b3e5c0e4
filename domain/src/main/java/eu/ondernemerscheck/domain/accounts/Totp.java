package eu.ondernemerscheck.domain.accounts;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords as RFC 6238 defines them on top of HOTP (RFC 4226): HMAC-SHA1 over the number of
 * 30-second steps since the Unix epoch, dynamic truncation to 6 digits. A code is accepted one step before and after
 * the server's step, for clock drift and typing time (RFC 6238 §5.2 recommends at most one step). Which step was
 * used is returned, so the caller can refuse any step not later than the last one used (RFC 6238 §5.2, ASVS 6.5.1:
 * a code is usable once).
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int TOLERANCE_STEPS = 1;
    /** 160 bits: the key length RFC 4226 §4 recommends (R6) and the output size of SHA-1. */
    public static final int SECRET_BYTES = 20;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    public static byte[] newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    /** The time step an instant falls in (RFC 6238 §4.2, T0 = 0). */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
    }

    /** The 6-digit code of the step an instant falls in. */
    public static String codeAt(byte[] secret, Instant at) {
        return code(secret, step(at), DIGITS);
    }

    /** The HOTP value of one step with the given number of digits, zero-padded (RFC 4226 §5.3). */
    public static String code(byte[] secret, long step, int digits) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("HOTP codes have 6 to 8 digits");
        }
        byte[] counter = new byte[8];
        long value = step;
        for (int i = 7; i >= 0; i--) {
            counter[i] = (byte) (value & 0xff);
            value >>>= 8;
        }
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            hash = mac.doFinal(counter);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String digitsText = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - digitsText.length()) + digitsText;
    }

    /**
     * The step whose code matches, looking one step either side of now; empty when none does or when the typed text
     * is not six digits (spaces are ignored). Every candidate is compared in constant time.
     */
    public static OptionalLong matchingStep(byte[] secret, String typed, Instant now) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        long found = Long.MIN_VALUE;
        for (long s = current - TOLERANCE_STEPS; s <= current + TOLERANCE_STEPS; s++) {
            if (MessageDigest.isEqual(code(secret, s, DIGITS).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII)) && found == Long.MIN_VALUE) {
                found = s;
            }
        }
        return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /**
     * The otpauth:// address authenticator apps read (Google Authenticator's Key Uri Format, which the common apps
     * follow): label "issuer:account", the Base32 secret, and the parameters spelled out although they are the
     * defaults.
     */
    public static String otpauthUri(String issuer, String account, String base32Secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
