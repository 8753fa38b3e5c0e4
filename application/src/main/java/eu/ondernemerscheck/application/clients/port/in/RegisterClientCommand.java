package eu.ondernemerscheck.application.clients.port.in;

import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** Add a client to the current firm's portfolio. The command checks itself. */
public record RegisterClientCommand(String name, Country country, String legalForm) {

    public RegisterClientCommand {
        List<FieldError> errors = new ArrayList<>();
        name = name == null ? "" : name.strip();
        legalForm = legalForm == null ? "" : legalForm.strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "Geef de naam van de klant (hoogstens 200 tekens)."));
        }
        if (country == null) {
            errors.add(new FieldError("country", "Kies Nederland of België."));
        }
        if (legalForm.length() > 60) {
            errors.add(new FieldError("legalForm", "De rechtsvorm is te lang (hoogstens 60 tekens)."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
