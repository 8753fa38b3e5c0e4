package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.ondernemerscheck.application.accounts.port.in.CreateFirstAdminCommand;
import eu.ondernemerscheck.application.accounts.port.in.FirstAdminSetupUseCase;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

/**
 * Creates the first administrator with the one-time code printed on the console at start-up. Anonymous, because no
 * account exists yet; closed for good once an administrator exists (README, first start).
 */
@Route(value = "inrichten", autoLayout = false)
@PageTitle("Inrichten | Ondernemerscheck")
@AnonymousAllowed
class FirstAdminSetupView extends VerticalLayout {

    final PasswordField secret = new PasswordField("Eenmalige instelcode (zie de console)");
    final EmailField email = new EmailField("E-mailadres van de beheerder");
    final TextField name = new TextField("Naam");
    final PasswordField password = new PasswordField("Wachtwoord (minstens 8 tekens)");
    final PasswordField repeat = new PasswordField("Herhaal het wachtwoord");
    final Button create = new Button("Beheerder aanmaken");

    FirstAdminSetupView(FirstAdminSetupUseCase setup) {
        addClassName("oc-page");
        setMaxWidth("40rem");
        H1 title = new H1("Ondernemerscheck inrichten");
        title.addClassName("oc-brand");
        add(title);
        if (!setup.setupOpen()) {
            add(new Paragraph("De eerste beheerder bestaat al. Log in met uw account."), new Anchor("login",
                    "Naar inloggen"));
            return;
        }
        add(new Paragraph("Maak de eerste beheerder aan. De eenmalige instelcode staat in de console waarin de "
                + "toepassing is gestart."));
        password.getElement().setAttribute("autocomplete", "new-password");
        repeat.getElement().setAttribute("autocomplete", "new-password");
        email.getElement().setAttribute("autocomplete", "username");
        FormLayout form = new FormLayout(secret, email, name, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> submit(setup));
        add(form, create);
    }

    private void submit(FirstAdminSetupUseCase setup) {
        for (var field : new HasValidation[]{secret, email, name, password, repeat}) {
            field.setInvalid(false);
        }
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("De twee wachtwoorden zijn niet gelijk.");
            repeat.setInvalid(true);
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            setup.createFirstAdmin(new CreateFirstAdminCommand(secret.getValue(), email.getValue(), name.getValue(),
                    password.getValue(), request == null ? null : request.getRemoteAddr()));
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                switch (error.field()) {
                    case "secret" -> show(secret, error.message());
                    case "email" -> show(email, error.message());
                    case "displayName" -> show(name, error.message());
                    default -> show(password, error.message());
                }
            }
            return;
        }
        removeAll();
        add(new H1("Klaar"), new Paragraph("De beheerder is aangemaakt. Log nu in."), new Anchor("login",
                "Naar inloggen"));
    }

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
