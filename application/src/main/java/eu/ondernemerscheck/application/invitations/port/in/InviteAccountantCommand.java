package eu.ondernemerscheck.application.invitations.port.in;

import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Invite an accountant into a firm: the firm, the e-mail address, and the public address of the application that
 * the link in the e-mail starts with. The command checks itself.
 */
public record InviteAccountantCommand(FirmId firm, String email, String linkBase) {

    public InviteAccountantCommand {
        email = email == null ? "" : email.strip();
        List<FieldError> errors = new ArrayList<>();
        if (firm == null) {
            errors.add(new FieldError("firm", "Kies het kantoor."));
        }
        if (!InviteClientCommand.isEmail(email)) {
            errors.add(new FieldError("email", "Geef een geldig e-mailadres."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        linkBase = InviteClientCommand.checkedLinkBase(linkBase);
    }
}
