package eu.ondernemerscheck.adapter.web.accounts;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import eu.ondernemerscheck.application.mail.port.in.ListSentMailUseCase;
import eu.ondernemerscheck.domain.mail.MailMessage;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static eu.ondernemerscheck.adapter.web.accounts.AccountTexts.text;

/**
 * The mail the platform kept instead of sending, newest first, for the administrator: without a mail server this is
 * how invitations reach people during development and in the demo.
 */
@Route("verzonden-email")
@PageTitle("Verzonden e-mail | Ondernemerscheck")
@Menu(order = 60, title = "Verzonden e-mail")
@RolesAllowed("ADMIN")
class SentMailView extends VerticalLayout {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss",
            Locale.of("nl", "NL")).withZone(FirmsCalendar.ZONE);

    final Div messages = new Div();

    SentMailView(ListSentMailUseCase mail) {
        addClassName("oc-page");
        add(new H2(text("mail.title")), new Paragraph(text("mail.explain")));
        List<MailMessage> sent = mail.sentMail();
        if (sent.isEmpty()) {
            messages.add(new Paragraph(text("mail.none")));
        }
        for (MailMessage m : sent) {
            Div item = new Div(new H3(m.subject()), new Paragraph(text("mail.to", m.to())),
                    new Paragraph(text("mail.at", AT.format(m.sentAt()))), new Pre(m.body()));
            item.addClassName("oc-mail");
            messages.add(item);
        }
        add(messages);
    }
}
