package eu.ondernemerscheck.application.clients.port.in;

import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.List;

/** Copy {@code fromYear}'s facts to the year after; {@code replaceNextYear} confirms replacing facts already there. */
public record RollForwardCommand(long clientId, int fromYear, boolean replaceNextYear) {
    public RollForwardCommand {
        if (clientId <= 0) {
            throw new InvalidInputException(List.of(new FieldError("clientId", "Kies een klant.")));
        }
        if (fromYear < SaveFactsCommand.FIRST_YEAR || fromYear >= SaveFactsCommand.LAST_YEAR) {
            throw new InvalidInputException(List.of(new FieldError("year", "Kies een jaar tussen "
                    + SaveFactsCommand.FIRST_YEAR + " en " + (SaveFactsCommand.LAST_YEAR - 1) + ".")));
        }
    }
}
