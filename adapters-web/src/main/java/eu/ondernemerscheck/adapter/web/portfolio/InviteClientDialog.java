package eu.ondernemerscheck.adapter.web.portfolio;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import eu.ondernemerscheck.adapter.web.accounts.PublicAddress;
import eu.ondernemerscheck.application.invitations.port.in.InviteClientCommand;
import eu.ondernemerscheck.application.invitations.port.in.InviteClientUseCase;
import eu.ondernemerscheck.application.invitations.port.in.SentInvitation;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.List;

import static eu.ondernemerscheck.adapter.web.accounts.AccountTexts.text;

/**
 * Invites a client of the accountant's own firm by e-mail: an existing client of the portfolio, or a new one that is
 * added to the portfolio at the same time. The firm is never asked: it is the accountant's.
 */
class InviteClientDialog extends Dialog {

    final EmailField email = new EmailField(text("client.invite.email"));
    final ComboBox<Client> existing = new ComboBox<>(text("client.invite.existing"));
    final TextField name = new TextField(text("client.invite.name"));
    final Select<Country> country = new Select<>();
    final TextField legalForm = new TextField(text("client.invite.legalForm"));
    final Button send = new Button(text("client.invite.send"));

    InviteClientDialog(InviteClientUseCase invitations, List<Client> clients, String publicUrl, Runnable afterSend) {
        setHeaderTitle(text("client.invite.title"));
        existing.setItems(clients);
        existing.setItemLabelGenerator(Client::name);
        existing.setClearButtonVisible(true);
        existing.addValueChangeListener(e -> {
            boolean isNew = e.getValue() == null;
            name.setEnabled(isNew);
            country.setEnabled(isNew);
            legalForm.setEnabled(isNew);
        });
        country.setLabel(text("client.invite.country"));
        country.setItems(Country.values());
        country.setItemLabelGenerator(c -> c == Country.NL ? "Nederland" : "België");
        FormLayout form = new FormLayout(email, existing, name, country, legalForm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            for (HasValidation f : new HasValidation[]{email, existing, name, country, legalForm}) {
                f.setInvalid(false);
            }
            try {
                SentInvitation sent = invitations.inviteClient(new InviteClientCommand(email.getValue(),
                        existing.getValue() == null ? null : existing.getValue().id(), name.getValue(),
                        country.getValue(), legalForm.getValue(), PublicAddress.linkBase(publicUrl)));
                Notification.show(text("invite.sent", sent.email()), 6000, Notification.Position.TOP_CENTER);
                close();
                afterSend.run();
            } catch (InvalidInputException ex) {
                for (FieldError error : ex.errors()) {
                    HasValidation field = switch (error.field()) {
                        case "clientName" -> existing.getValue() == null ? name : existing;
                        case "country" -> country;
                        case "legalForm" -> legalForm;
                        default -> email;
                    };
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                }
            }
        });
        getFooter().add(new Button(text("cancel"), e -> close()), send);
    }
}
