package eu.ondernemerscheck.application.mail.port.in;

import eu.ondernemerscheck.domain.mail.MailMessage;

import java.util.List;

/** The mail the platform kept instead of sending (no mail server configured), for the administrator. */
public interface ListSentMailUseCase {
    List<MailMessage> sentMail();
}
