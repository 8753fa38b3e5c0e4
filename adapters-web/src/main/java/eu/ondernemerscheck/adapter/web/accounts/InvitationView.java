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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.ondernemerscheck.application.invitations.port.in.AcceptInvitationCommand;
import eu.ondernemerscheck.application.invitations.port.in.AcceptInvitationUseCase;
import eu.ondernemerscheck.application.invitations.port.in.InvitationPreview;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.Optional;

import static eu.ondernemerscheck.adapter.web.accounts.AccountTexts.text;

/**
 * Where the link of an invitation lands: anonymous, sent with {@code Referrer-Policy: no-referrer} so the token never
 * leaves in a Referer header (ASVS 14.2.1). The invitee chooses a password; role and firm come from the invitation.
 * Afterwards the invitee goes to the login page, at an address without the token.
 */
@Route(value = "uitnodiging/:token", autoLayout = false)
@PageTitle("Uitnodiging | Ondernemerscheck")
@AnonymousAllowed
class InvitationView extends VerticalLayout implements BeforeEnterObserver {

    final TextField name = new TextField(text("invitation.name"));
    final PasswordField password = new PasswordField(text("invitation.password"));
    final PasswordField repeat = new PasswordField(text("invitation.repeat"));
    final Button create = new Button(text("invitation.create"));

    private final AcceptInvitationUseCase invitations;
    private String token = "";

    InvitationView(AcceptInvitationUseCase invitations) {
        this.invitations = invitations;
        addClassName("oc-page");
        setMaxWidth("40rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        Optional<InvitationPreview> preview = invitations.open(token, PublicAddress.remoteAddress());
        if (preview.isEmpty()) {
            invalid(AcceptInvitationUseCase.LINK_NOT_VALID);
            return;
        }
        InvitationPreview p = preview.get();
        H1 title = new H1(text("invitation.title"));
        title.addClassName("oc-brand");
        name.getElement().setAttribute("autocomplete", "name");
        password.getElement().setAttribute("autocomplete", "new-password");
        repeat.getElement().setAttribute("autocomplete", "new-password");
        FormLayout form = new FormLayout(name, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> accept());
        add(title, new Paragraph(text("invitation.intro", p.firmName(), text("invitation.role." + p.role().name()),
                p.email())), form, create);
    }

    private void accept() {
        for (HasValidation f : new HasValidation[]{name, password, repeat}) {
            f.setInvalid(false);
        }
        if (!password.getValue().equals(repeat.getValue())) {
            show(repeat, text("invitation.mismatch"));
            return;
        }
        try {
            invitations.accept(new AcceptInvitationCommand(token, name.getValue(), password.getValue(),
                    PublicAddress.remoteAddress()));
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                switch (error.field()) {
                    case "token" -> {
                        invalid(error.message());
                        return;
                    }
                    case "displayName" -> show(name, error.message());
                    default -> show(password, error.message());
                }
            }
            return;
        }
        token = "";
        Notification.show(text("invitation.done.title") + ". " + text("invitation.done.text"), 10_000,
                Notification.Position.TOP_CENTER);
        getUI().ifPresent(ui -> ui.navigate("login"));
    }

    private void invalid(String message) {
        removeAll();
        add(new H1(text("invitation.invalid.title")), new Paragraph(message), new Anchor("login",
                text("to.login")));
    }

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
