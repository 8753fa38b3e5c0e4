package eu.ondernemerscheck.application.mail.service;

import eu.ondernemerscheck.application.mail.port.in.ListSentMailUseCase;
import eu.ondernemerscheck.application.mail.port.out.LoadCaughtMailPort;
import eu.ondernemerscheck.domain.mail.MailMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.List;

/** Shows the caught mail to administrators only: it holds live invitation links. */
@Service
class SentMailService implements ListSentMailUseCase {

    private final LoadCaughtMailPort caught;

    SentMailService(LoadCaughtMailPort caught) {
        this.caught = caught;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<MailMessage> sentMail() {
        return caught.caught();
    }
}
