package eu.ondernemerscheck.application.selfcheck.port.in;

import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A visitor's request to be contacted by the firm of the check link, with the check's answers per scheme (raw values
 * as the engine reads them: BigDecimal, Boolean, String). Checks itself: every problem is named by its field
 * ({@code name}, {@code email}, {@code phone}, {@code message}, {@code consent}) at once.
 *
 * @param clientAddress the visitor's network address, only to limit how many leads one address may leave
 * @param consentText   the consent sentence the visitor ticked, stored with the lead as its proof
 */
public record LeaveContactDetailsCommand(UUID firmPublicId, String clientAddress, Country country, int year,
                                         Map<String, Map<String, Object>> answers, String name, String email,
                                         String phone, String message, boolean consent, String consentText) {

    /** Deliberately plain: one @, something on both sides, a dot in the domain; the firm confirms by writing back. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern PHONE = Pattern.compile("[+]?[0-9 ()./-]{6,30}");
    private static final int MAX_SCHEMES = 20;
    private static final int MAX_ANSWERS_PER_SCHEME = 30;

    public LeaveContactDetailsCommand {
        Objects.requireNonNull(firmPublicId, "firmPublicId");
        Objects.requireNonNull(country, "country");
        clientAddress = clientAddress == null ? "unknown" : clientAddress;
        name = strip(name);
        email = strip(email).toLowerCase(java.util.Locale.ROOT);
        phone = strip(phone);
        message = message == null ? "" : message.strip();
        consentText = strip(consentText);
        List<FieldError> errors = new ArrayList<>();
        if (name.isEmpty() || name.length() > 200 || hasControl(name)) {
            errors.add(new FieldError("name", "Vul uw naam in (hoogstens 200 tekens)."));
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."));
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("phone", "Vul een telefoonnummer in met cijfers, zoals 06 12345678, of laat "
                    + "het leeg."));
        }
        if (message.length() > 1000 || message.chars().anyMatch(c -> c != '\n' && c != '\r' && c != '\t'
                && Character.isISOControl(c))) {
            errors.add(new FieldError("message", "Uw bericht is te lang (hoogstens 1000 tekens)."));
        }
        if (!consent || consentText.isEmpty() || consentText.length() > 1000) {
            errors.add(new FieldError("consent", "Geef toestemming, anders kan het kantoor geen contact opnemen."));
        }
        if (year < 1900 || year > 2200) {
            errors.add(new FieldError("year", "Onbekend jaar."));
        }
        answers = copy(answers, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Map<String, Map<String, Object>> copy(Map<String, Map<String, Object>> answers,
                                                         List<FieldError> errors) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (answers == null) {
            return Map.of();
        }
        if (answers.size() > MAX_SCHEMES) {
            errors.add(new FieldError("answers", "Te veel regelingen."));
            return Map.of();
        }
        for (Map.Entry<String, Map<String, Object>> e : answers.entrySet()) {
            Map<String, Object> values = e.getValue() == null ? Map.of() : e.getValue();
            if (e.getKey() == null || values.size() > MAX_ANSWERS_PER_SCHEME) {
                errors.add(new FieldError("answers", "Te veel antwoorden."));
                return Map.of();
            }
            out.put(e.getKey(), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }
}
