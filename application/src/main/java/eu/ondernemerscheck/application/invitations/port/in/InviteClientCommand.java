package eu.ondernemerscheck.application.invitations.port.in;

import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Invite a client of the accountant's own firm: either an existing client of the portfolio (its id), or a new client
 * with its name, country and legal form; and the public address the link starts with. The command checks itself.
 */
public record InviteClientCommand(String email, Long existingClientId, String clientName, Country country,
                                  String legalForm, String linkBase) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public InviteClientCommand {
        email = email == null ? "" : email.strip();
        clientName = clientName == null ? "" : clientName.strip();
        legalForm = legalForm == null ? "" : legalForm.strip();
        List<FieldError> errors = new ArrayList<>();
        if (!isEmail(email)) {
            errors.add(new FieldError("email", "Geef een geldig e-mailadres."));
        }
        if (existingClientId == null) {
            if (clientName.isEmpty() || clientName.length() > 200) {
                errors.add(new FieldError("clientName", "Kies een klant of geef de naam van een nieuwe klant "
                        + "(hoogstens 200 tekens)."));
            }
            if (country == null) {
                errors.add(new FieldError("country", "Kies Nederland of België."));
            }
            if (legalForm.length() > 60) {
                errors.add(new FieldError("legalForm", "De rechtsvorm is te lang (hoogstens 60 tekens)."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        linkBase = checkedLinkBase(linkBase);
    }

    static boolean isEmail(String email) {
        return email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    /** The application's own address, ending in a slash; anything but http(s) is a programming error. */
    static String checkedLinkBase(String linkBase) {
        if (linkBase == null || !(linkBase.startsWith("https://") || linkBase.startsWith("http://"))
                || linkBase.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("the link base is the application's own http(s) address");
        }
        return linkBase.endsWith("/") ? linkBase : linkBase + "/";
    }
}
