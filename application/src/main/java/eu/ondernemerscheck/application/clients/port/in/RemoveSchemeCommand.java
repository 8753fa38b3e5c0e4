package eu.ondernemerscheck.application.clients.port.in;

import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes one scheme out of a client's year: its facts are cleared and its stored result stops being current.
 * {@code expectedVersion} is the version of the year's facts the accountant looked at when asking.
 */
public record RemoveSchemeCommand(long clientId, int year, String scheme, long expectedVersion) {

    public RemoveSchemeCommand {
        List<FieldError> errors = new ArrayList<>();
        if (clientId <= 0) {
            errors.add(new FieldError("clientId", "Kies een klant."));
        }
        if (year < SaveFactsCommand.FIRST_YEAR || year > SaveFactsCommand.LAST_YEAR) {
            errors.add(new FieldError("year", "Kies een jaar tussen " + SaveFactsCommand.FIRST_YEAR + " en "
                    + SaveFactsCommand.LAST_YEAR + "."));
        }
        if (scheme == null || scheme.isBlank()) {
            errors.add(new FieldError("scheme", "Kies de regeling die weg moet."));
        }
        if (expectedVersion < 1) {
            errors.add(new FieldError("expectedVersion", "Dit jaar heeft nog geen bewaarde gegevens."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        scheme = scheme.strip();
    }
}
