package eu.ondernemerscheck.adapter.persistence.mail;

import eu.ondernemerscheck.application.mail.port.out.SendMailPort;
import eu.ondernemerscheck.domain.mail.MailMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends over the SMTP server of {@code spring.mail.*}, as plain text, from {@code ondernemerscheck.mail.from}. */
@Component
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
class SmtpMailSender implements SendMailPort {

    private final JavaMailSender sender;
    private final String from;

    SmtpMailSender(JavaMailSender sender,
                   @Value("${ondernemerscheck.mail.from:no-reply@ondernemerscheck.eu}") String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(MailMessage message) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(message.to());
        mail.setSubject(message.subject());
        mail.setText(message.body());
        mail.setSentDate(java.util.Date.from(message.sentAt()));
        sender.send(mail);
    }
}
