package eu.ondernemerscheck.application.mail.port.out;

import eu.ondernemerscheck.domain.mail.MailMessage;

/** Sends one plain-text e-mail. */
public interface SendMailPort {
    void send(MailMessage message);
}
