package eu.ondernemerscheck.adapter.persistence.mail;

import eu.ondernemerscheck.application.mail.port.out.SendMailPort;
import eu.ondernemerscheck.domain.mail.MailMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** Without a mail server every message goes to the catcher; the log names the addressee, never the body. */
@Component
@ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
class CatchingMailSender implements SendMailPort {

    private static final Logger LOG = LoggerFactory.getLogger(CatchingMailSender.class);
    private final MailCatcher catcher;

    CatchingMailSender(MailCatcher catcher) {
        this.catcher = catcher;
    }

    @Override
    public void send(MailMessage message) {
        catcher.keep(message);
        LOG.info("No mail server configured: message to {} kept for the page 'Verzonden e-mail'",
                message.to().replaceAll("[\\r\\n]", "_"));
    }
}
