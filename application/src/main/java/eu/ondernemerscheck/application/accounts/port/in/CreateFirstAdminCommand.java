package eu.ondernemerscheck.application.accounts.port.in;

import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The first administrator: the setup secret, e-mail address, name and password (as typed), from a network address. */
public record CreateFirstAdminCommand(String secret, String email, String displayName, String password,
                                      String address) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public CreateFirstAdminCommand {
        secret = secret == null ? "" : secret.strip();
        email = email == null ? "" : email.strip();
        displayName = displayName == null ? "" : displayName.strip();
        password = password == null ? "" : password;
        address = address == null ? "unknown" : address;
        List<FieldError> errors = new ArrayList<>();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "Geef een geldig e-mailadres."));
        }
        if (displayName.isEmpty() || displayName.length() > 120
                || displayName.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("displayName", "Geef een naam van 1 tot 120 tekens."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    @Override
    public String toString() {
        return "CreateFirstAdminCommand[email=" + email + "]";
    }
}
