package eu.ondernemerscheck.domain.accounts;

import eu.ondernemerscheck.domain.shared.FieldError;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a new password may be used. Length is counted in characters (code points), so 64 accented letters count as
 * 64 although they take 128 bytes (ASVS 5.0 6.2.9). No composition rules (6.2.5); the password is refused when it is
 * one of the bundled common passwords (6.2.4, 6.2.12: an offline list, the online range services are unreachable here)
 * or contains a word from its context: the product name, the firm or the user's own e-mail name (6.1.2). The password
 * itself is never altered: it is stored and verified exactly as typed (6.2.8).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** ASVS asks for at least 64; the upper bound stops hashing very long inputs (OWASP Authentication cheat sheet). */
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();
    private static final List<String> PRODUCT_WORDS = List.of("ondernemerscheck", "ondernemer");

    private PasswordPolicy() {
    }

    /** @return why the password is refused, or empty when it may be used */
    public static Optional<FieldError> check(String field, String password, List<String> contextWords) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new FieldError(field, "Kies een wachtwoord van minstens " + MIN_LENGTH + " tekens."));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new FieldError(field, "Kies een wachtwoord van minstens " + MIN_LENGTH + " tekens."));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new FieldError(field, "Een wachtwoord heeft hoogstens " + MAX_LENGTH + " tekens."));
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of(new FieldError(field, "Het wachtwoord bevat onzichtbare stuurtekens."));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            return Optional.of(new FieldError(field,
                    "Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander."));
        }
        for (String word : contextWords(contextWords)) {
            if (lower.contains(word)) {
                return Optional.of(new FieldError(field,
                        "Het wachtwoord bevat een woord dat makkelijk te raden is (zoals de naam van het kantoor of "
                                + "uw e-mailnaam). Kies een ander."));
            }
        }
        return Optional.empty();
    }

    static boolean isCommon(String lowerCase) {
        return COMMON.contains(lowerCase) || COMMON.contains(lowerCase.strip());
    }

    private static List<String> contextWords(List<String> given) {
        ArrayList<String> words = new ArrayList<>(PRODUCT_WORDS);
        for (String w : given) {
            if (w == null) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            int at = lower.indexOf('@');
            if (at > 0) {
                lower = lower.substring(0, at);
            }
            for (String part : lower.split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 4) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    /** How many common passwords are bundled; ASVS 6.2.4 asks for at least the 3,000 most common. */
    public static int commonPasswordCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>(65_536);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    set.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
