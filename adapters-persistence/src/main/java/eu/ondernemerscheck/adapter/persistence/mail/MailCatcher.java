package eu.ondernemerscheck.adapter.persistence.mail;

import eu.ondernemerscheck.application.mail.port.out.LoadCaughtMailPort;
import eu.ondernemerscheck.domain.mail.MailMessage;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Mail kept in memory instead of sent: the latest 200 messages, gone at restart. */
@Component
class MailCatcher implements LoadCaughtMailPort {

    private static final int KEEP = 200;
    private final Deque<MailMessage> messages = new ArrayDeque<>();

    synchronized void keep(MailMessage message) {
        messages.addFirst(message);
        while (messages.size() > KEEP) {
            messages.removeLast();
        }
    }

    @Override
    public synchronized List<MailMessage> caught() {
        return List.copyOf(messages);
    }
}
