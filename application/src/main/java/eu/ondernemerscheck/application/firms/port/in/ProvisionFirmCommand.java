package eu.ondernemerscheck.application.firms.port.in;

import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** Register a new accountancy firm: its display name. The command checks itself. */
public record ProvisionFirmCommand(String name) {

    public ProvisionFirmCommand {
        List<FieldError> errors = new ArrayList<>();
        name = name == null ? "" : name.strip();
        if (name.length() < 2 || name.length() > 120) {
            errors.add(new FieldError("name", "Geef de naam van het kantoor (2 tot 120 tekens)."));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("name", "De naam bevat onzichtbare stuurtekens."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
