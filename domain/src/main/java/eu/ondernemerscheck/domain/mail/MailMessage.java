package eu.ondernemerscheck.domain.mail;

import java.time.Instant;
import java.util.Objects;

/** One e-mail as sent: when, to whom, the subject and the plain-text body. */
public record MailMessage(Instant sentAt, String to, String subject, String body) {
    public MailMessage {
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** Without the body: it holds a single-use link. */
    @Override
    public String toString() {
        return "MailMessage[to=" + to + ", subject=" + subject + "]";
    }
}
