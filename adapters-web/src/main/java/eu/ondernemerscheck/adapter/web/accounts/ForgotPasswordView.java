package eu.ondernemerscheck.adapter.web.accounts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.ondernemerscheck.application.accounts.port.in.RequestPasswordResetCommand;
import eu.ondernemerscheck.application.accounts.port.in.ResetPasswordUseCase;
import org.springframework.beans.factory.annotation.Value;

import static eu.ondernemerscheck.adapter.web.accounts.AccountTexts.text;

/**
 * "Forgot password" from the login page: an e-mail address in, the same confirmation out whether an account has that
 * address or not (ASVS 6.3.8 is about sign-in; the same reasoning applies here).
 */
@Route(value = "wachtwoord-vergeten", autoLayout = false)
@PageTitle("Wachtwoord vergeten | Ondernemerscheck")
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout {

    final EmailField email = new EmailField(text("forgot.email"));
    final Button send = new Button(text("forgot.send"));
    final Paragraph sent = new Paragraph(text("forgot.sent"));

    ForgotPasswordView(ResetPasswordUseCase resets, @Value("${ondernemerscheck.public-url:}") String publicUrl) {
        addClassName("oc-page");
        setMaxWidth("40rem");
        H1 title = new H1(text("forgot.title"));
        title.addClassName("oc-brand");
        email.getElement().setAttribute("autocomplete", "email");
        email.setWidthFull();
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sent.setVisible(false);
        send.addClickListener(e -> {
            resets.requestReset(new RequestPasswordResetCommand(email.getValue(), PublicAddress.linkBase(publicUrl),
                    PublicAddress.remoteAddress()));
            email.setReadOnly(true);
            send.setEnabled(false);
            sent.setVisible(true);
        });
        add(title, new Paragraph(text("forgot.intro")), email, send, sent, new Anchor("login", text("to.login")));
    }
}
