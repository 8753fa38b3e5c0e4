package eu.ondernemerscheck.adapter.web.accounts;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import eu.ondernemerscheck.adapter.web.security.CurrentSession;
import eu.ondernemerscheck.application.accounts.port.in.ChangePasswordCommand;
import eu.ondernemerscheck.application.accounts.port.in.ChangePasswordUseCase;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import jakarta.annotation.security.PermitAll;

import static eu.ondernemerscheck.adapter.web.accounts.AccountTexts.text;

/** Every signed-in user changes their own password here, with the current one; their other sessions end. */
@Route("wachtwoord")
@PageTitle("Wachtwoord wijzigen | Ondernemerscheck")
@Menu(order = 90, title = "Wachtwoord wijzigen")
@PermitAll
class ChangePasswordView extends VerticalLayout {

    final PasswordField current = new PasswordField(text("password.current"));
    final PasswordField fresh = new PasswordField(text("password.new"));
    final PasswordField repeat = new PasswordField(text("password.repeat"));
    final Button change = new Button(text("password.change"));
    final Paragraph status = new Paragraph();

    ChangePasswordView(ChangePasswordUseCase passwords) {
        addClassName("oc-page");
        setMaxWidth("40rem");
        current.getElement().setAttribute("autocomplete", "current-password");
        fresh.getElement().setAttribute("autocomplete", "new-password");
        repeat.getElement().setAttribute("autocomplete", "new-password");
        FormLayout form = new FormLayout(current, fresh, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> {
            status.setText("");
            for (HasValidation f : new HasValidation[]{current, fresh, repeat}) {
                f.setInvalid(false);
            }
            try {
                CurrentSession.keepAfterPasswordChange(passwords.changePassword(new ChangePasswordCommand(
                        current.getValue(), fresh.getValue(), repeat.getValue(), PublicAddress.remoteAddress())));
            } catch (InvalidInputException ex) {
                for (FieldError error : ex.errors()) {
                    HasValidation field = switch (error.field()) {
                        case "currentPassword" -> current;
                        case "repeatedPassword" -> repeat;
                        default -> fresh;
                    };
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                }
                return;
            }
            current.clear();
            fresh.clear();
            repeat.clear();
            status.setText(text("password.changed"));
        });
        add(new H2(text("password.title")), form, change, status);
    }
}
