package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import eu.ondernemerscheck.application.accounts.port.in.SecondFactorUseCase;
import eu.ondernemerscheck.application.accounts.port.in.VerificationResult;
import eu.ondernemerscheck.application.accounts.port.in.VerifyCodeCommand;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

import static eu.ondernemerscheck.adapter.web.security.SecurityTexts.text;

/**
 * The second sign-in step for a session that has passed the password only: enrolment at the first sign-in of an
 * administrator or accountant, afterwards the code from the app or a recovery code. Open to any signed-in session
 * (it holds no role yet), and sends a fully signed-in one on to the start page.
 */
@Route(value = "tweede-factor", autoLayout = false)
@PermitAll
class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactorUseCase secondFactor;
    private final AuthenticationContext authentication;

    SecondFactorView(SecondFactorUseCase secondFactor, AuthenticationContext authentication) {
        this.secondFactor = secondFactor;
        this.authentication = authentication;
        addClassName("oc-second-factor");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public String getPageTitle() {
        return text("secondFactor.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SignedInUser> pending = SecondFactorSession.pendingUser();
        boolean awaiting = SecondFactorSession.awaitingSecondFactor(
                SecurityContextHolder.getContext().getAuthentication());
        if (pending.isEmpty() && !awaiting) {
            event.forwardTo("");
            return;
        }
        removeAll();
        H1 brand = new H1("Ondernemerscheck");
        brand.addClassName("oc-brand");
        Button signOut = new Button(text("signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (pending.isEmpty()) {
            // a password-only session of an unknown kind: nothing to offer but signing out
            add(brand, signOut);
            return;
        }
        SignedInUser user = pending.get();
        VerticalLayout step = new VerticalLayout();
        step.setMaxWidth("36rem");
        if (secondFactor.enrolled(user.accountId())) {
            step.add(codeStep(user));
        } else {
            step.add(new EnrolmentPanel(secondFactor, user, () -> signIn(user)));
        }
        add(brand, step, signOut);
    }

    private VerticalLayout codeStep(SignedInUser user) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        TextField code = new TextField(text("verify.code"));
        code.setId("second-factor-code");
        code.setMaxLength(16);
        Button submit = new Button(text("verify.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> {
            VerificationResult result = secondFactor.verify(new VerifyCodeCommand(user.accountId(), user.email(),
                    user.firm().orElse(null), code.getValue(), SecondFactorSession.remoteAddress()));
            switch (result.outcome()) {
                case VERIFIED -> signIn(user);
                case RECOVERY_CODE_USED -> {
                    SecondFactorSession.completeSignIn(user);
                    layout.removeAll();
                    Button next = new Button(text("verify.continue"), c -> toStart());
                    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    layout.add(new Paragraph(text("verify.recoveryUsed", result.recoveryCodesLeft())), next);
                }
                case WRONG_CODE -> refuse(code, text("verify.wrongCode"));
                case THROTTLED -> refuse(code, text("throttled"));
                case BUSY -> refuse(code, text("busy"));
            }
        });
        layout.add(new H2(text("verify.heading")), new Paragraph(text("verify.intro")), code, submit);
        code.focus();
        return layout;
    }

    private static void refuse(TextField code, String message) {
        code.clear();
        code.setInvalid(true);
        code.setErrorMessage(message);
    }

    private static void signIn(SignedInUser user) {
        SecondFactorSession.completeSignIn(user);
        toStart();
    }

    /** A full page load, so the browser continues with the new session id and the new rights. */
    private static void toStart() {
        UI.getCurrent().getPage().setLocation(".");
    }
}
