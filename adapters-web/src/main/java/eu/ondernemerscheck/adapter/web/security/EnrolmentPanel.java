package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import eu.ondernemerscheck.application.accounts.port.in.ConfirmEnrolmentCommand;
import eu.ondernemerscheck.application.accounts.port.in.EnrolmentResult;
import eu.ondernemerscheck.application.accounts.port.in.NewAuthenticatorSecret;
import eu.ondernemerscheck.application.accounts.port.in.SecondFactorUseCase;

import static eu.ondernemerscheck.adapter.web.security.SecurityTexts.text;

/**
 * Setting up the authenticator app: the secret as text in groups of four and as an otpauth:// address (no QR image:
 * it would need a client-side library or an image endpoint; the address can be opened or pasted into most apps), a
 * code to confirm, then the recovery codes, shown this once. The secret stays on the server until it is confirmed.
 */
final class EnrolmentPanel extends VerticalLayout {

    private final SecondFactorUseCase secondFactor;
    private final SignedInUser user;
    private final Runnable done;
    private final NewAuthenticatorSecret secret;
    private final TextField code = new TextField(text("enrol.code"));

    EnrolmentPanel(SecondFactorUseCase secondFactor, SignedInUser user, Runnable done) {
        this.secondFactor = secondFactor;
        this.user = user;
        this.done = done;
        this.secret = secondFactor.newSecret(user.email());
        setPadding(false);
        addClassName("oc-enrolment");
        Span secretText = new Span(secret.grouped());
        secretText.setId("totp-secret");
        secretText.addClassName("oc-secret");
        Span uri = new Span(secret.otpauthUri());
        uri.setId("totp-uri");
        uri.addClassName("oc-otpauth");
        code.setId("totp-code");
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.addThemeVariants(TextFieldVariant.LUMO_ALIGN_CENTER);
        Button confirm = new Button(text("enrol.confirm"), e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(new H2(text("enrol.heading")), new Paragraph(text("enrol.intro")),
                new Paragraph(new Span(text("enrol.secret") + ": "), secretText),
                new Paragraph(new Span(text("enrol.uri") + " "), uri), code, confirm);
    }

    private void confirm() {
        EnrolmentResult result = secondFactor.confirmEnrolment(new ConfirmEnrolmentCommand(user.accountId(),
                user.email(), user.firm().orElse(null), secret.base32(), code.getValue(),
                SecondFactorSession.remoteAddress()));
        switch (result.outcome()) {
            case ENROLLED -> showRecoveryCodes(result);
            case WRONG_CODE -> refuse(text("enrol.wrongCode"));
            case THROTTLED -> refuse(text("throttled"));
            case BUSY -> refuse(text("busy"));
            case ALREADY_ENROLLED -> refuse(text("enrol.already"));
        }
    }

    private void refuse(String message) {
        code.setInvalid(true);
        code.setErrorMessage(message);
    }

    private void showRecoveryCodes(EnrolmentResult result) {
        removeAll();
        UnorderedList codes = new UnorderedList();
        codes.setId("recovery-codes");
        codes.addClassName("oc-recovery-codes");
        result.recoveryCodes().forEach(c -> codes.add(new ListItem(c)));
        Button saved = new Button(text("recovery.done"), e -> done.run());
        saved.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(text("recovery.heading")), new Paragraph(text("recovery.intro")), codes, saved);
    }
}
