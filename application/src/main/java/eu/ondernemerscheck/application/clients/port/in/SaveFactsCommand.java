package eu.ondernemerscheck.application.clients.port.in;

import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * New facts for one client and year, replacing the old ones as a whole. {@code expectedVersion} is the version the
 * user opened (0 for facts never saved). The scheme inputs themselves are checked by the engine when saved.
 */
public record SaveFactsCommand(long clientId, int year, Map<String, Map<String, Object>> answers,
                               long expectedVersion) {

    /** The years facts may be kept for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public SaveFactsCommand {
        List<FieldError> errors = new ArrayList<>();
        if (clientId <= 0) {
            errors.add(new FieldError("clientId", "Kies een klant."));
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            errors.add(new FieldError("year", "Kies een jaar tussen " + FIRST_YEAR + " en " + LAST_YEAR + "."));
        }
        if (expectedVersion < 0) {
            errors.add(new FieldError("expectedVersion", "Laad de gegevens opnieuw."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((scheme, inputs) -> copy.put(scheme, inputs == null ? Map.of() : inputs));
        }
        answers = copy;
    }
}
