package eu.ondernemerscheck.adapter.web.accounts;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import eu.ondernemerscheck.application.accounts.port.in.SignInCommand;
import eu.ondernemerscheck.application.accounts.port.in.SignInResult;
import eu.ondernemerscheck.application.accounts.port.in.SignInUseCase;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.mail.port.out.LoadCaughtMailPort;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.TwoFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forgotten-password screens as a visitor uses them: from the login page to the request form, which answers the
 * same for a known and an unknown address; from the link in the mail to a new password and back to the login page.
 */
@IntegrationTest
class PasswordResetViewTest extends SpringBrowserlessTest {

    @Autowired
    SaveAccountPort accounts;
    @Autowired
    HashPasswordPort hashing;
    @Autowired
    LoadCaughtMailPort mail;
    @Autowired
    SignInUseCase signIn;
    @Autowired
    ApplicationContext context;

    private String visibleAfterRequestFor(String email) {
        navigate("login", Component.class);
        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        test(view.email).setValue(email);
        test(view.send).click();
        assertThat(view.sent.isVisible()).isTrue();
        return view.getElement().getTextRecursively();
    }

    @Test
    void theLoginPageOffersTheForgottenPasswordForm() {
        navigate("login", Component.class);
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        ComponentUtil.fireEvent(form, new AbstractLogin.ForgotPasswordEvent(form, true));
        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);
    }

    @Test
    void knownAndUnknownAddressesSeeTheSameAnswerAndOnlyTheKnownOneGetsALinkThatWorks() {
        String email = "scherm-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        accounts.create(email, "Pieter", hashing.hash("Gele-Roos-Verwelkt-2025"), Role.CLIENT,
                TwoFirms.of(context).a.id());

        String known = visibleAfterRequestFor(email);
        String unknown = visibleAfterRequestFor("onbekend-" + UUID.randomUUID() + "@example.nl");
        assertThat(known).isEqualTo(unknown).contains("Als er een account bij dit e-mailadres hoort");

        String body = mail.caught().stream().filter(m -> m.to().equals(email)).findFirst().orElseThrow().body();
        Matcher link = Pattern.compile("/(wachtwoord-herstellen/[A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).isTrue();

        navigate(link.group(1), Component.class);
        PasswordResetView reset = (PasswordResetView) getCurrentView();
        test(reset.password).setValue("Rode-Tulp-Bloeit-2026");
        test(reset.repeat).setValue("Rode-Tulp-Bloeit-2027");
        test(reset.save).click();
        assertThat(reset.repeat.isInvalid()).isTrue();
        assertThat(reset.password.getValue()).isEqualTo("Rode-Tulp-Bloeit-2026");

        test(reset.repeat).setValue("Rode-Tulp-Bloeit-2026");
        test(reset.save).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
        assertThat(signIn.signIn(new SignInCommand(email, "Rode-Tulp-Bloeit-2026", "203.0.113.77"))
                .outcome()).isEqualTo(SignInResult.Outcome.SIGNED_IN);

        navigate(link.group(1), Component.class);
        assertThat(((Component) getCurrentView()).getElement().getTextRecursively())
                .contains("Deze link is niet (meer) geldig");
    }
}
