package eu.ondernemerscheck.application.proposals.port.in;

import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of one step of the signed-in client's check, or that the step does not apply. {@code expectedVersion}
 * is the row version the client opened (0 when nothing was saved yet). There is no client id: the client is always
 * the one linked to the signed-in account.
 */
public record SaveStepCommand(int year, String scheme, Map<String, Object> inputs, boolean notApplicable,
                              long expectedVersion) {

    public SaveStepCommand {
        List<FieldError> errors = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            errors.add(new FieldError("year", "Kies een jaar tussen 2000 en 2100."));
        }
        if (scheme == null || scheme.isBlank() || scheme.length() > 100) {
            errors.add(new FieldError("scheme", "Kies een stap."));
        }
        if (expectedVersion < 0) {
            errors.add(new FieldError("expectedVersion", "Laad de check opnieuw."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        inputs = inputs == null ? Map.of() : new LinkedHashMap<>(inputs);
    }
}
