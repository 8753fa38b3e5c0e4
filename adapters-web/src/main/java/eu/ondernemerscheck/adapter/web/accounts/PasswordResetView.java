package eu.ondernemerscheck.adapter.web.accounts;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.ondernemerscheck.application.accounts.port.in.ResetPasswordCommand;
import eu.ondernemerscheck.application.accounts.port.in.ResetPasswordUseCase;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import static eu.ondernemerscheck.adapter.web.accounts.AccountTexts.text;

/**
 * Where a password-reset link lands: anonymous, sent with {@code Referrer-Policy: no-referrer} so the token never
 * leaves in a Referer header (ASVS 14.2.1). Afterwards the user goes to the login page, at an address without the
 * token; the second factor, if any, is still asked there.
 */
@Route(value = "wachtwoord-herstellen/:token", autoLayout = false)
@PageTitle("Nieuw wachtwoord | Ondernemerscheck")
@AnonymousAllowed
class PasswordResetView extends VerticalLayout implements BeforeEnterObserver {

    final PasswordField password = new PasswordField(text("reset.password"));
    final PasswordField repeat = new PasswordField(text("reset.repeat"));
    final Button save = new Button(text("reset.save"));

    private final ResetPasswordUseCase resets;
    private String token = "";

    PasswordResetView(ResetPasswordUseCase resets) {
        this.resets = resets;
        addClassName("oc-page");
        setMaxWidth("40rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        if (!resets.linkUsable(token, PublicAddress.remoteAddress())) {
            invalid(ResetPasswordUseCase.LINK_NOT_VALID);
            return;
        }
        H1 title = new H1(text("reset.title"));
        title.addClassName("oc-brand");
        password.getElement().setAttribute("autocomplete", "new-password");
        repeat.getElement().setAttribute("autocomplete", "new-password");
        FormLayout form = new FormLayout(password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> reset());
        add(title, new Paragraph(text("reset.intro")), form, save);
    }

    private void reset() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            show(repeat, text("reset.mismatch"));
            return;
        }
        try {
            resets.resetPassword(new ResetPasswordCommand(token, password.getValue(), PublicAddress.remoteAddress()));
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                if ("token".equals(error.field())) {
                    invalid(error.message());
                    return;
                }
                show(password, error.message());
            }
            return;
        }
        token = "";
        Notification.show(text("reset.done"), 10_000, Notification.Position.TOP_CENTER);
        getUI().ifPresent(ui -> ui.navigate("login"));
    }

    private void invalid(String message) {
        removeAll();
        add(new H1(text("reset.invalid.title")), new Paragraph(message), new Anchor("wachtwoord-vergeten",
                text("reset.again")), new Anchor("login", text("to.login")));
    }

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
