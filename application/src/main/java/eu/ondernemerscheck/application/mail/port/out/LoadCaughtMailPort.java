package eu.ondernemerscheck.application.mail.port.out;

import eu.ondernemerscheck.domain.mail.MailMessage;

import java.util.List;

/** The mail kept in memory instead of sent, newest first; empty when a mail server is configured. */
public interface LoadCaughtMailPort {
    List<MailMessage> caught();
}
