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
import eu.ondernemerscheck.application.clients.port.in.PortfolioUseCase;
import eu.ondernemerscheck.domain.portfolio.PortfolioQuery;
import eu.ondernemerscheck.domain.portfolio.PortfolioRow;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import static eu.ondernemerscheck.adapter.web.accounts.AccountTexts.text;

/**
 * Invites a client of the accountant's own firm by e-mail: an existing client of the portfolio, or a new one that is
 * added to the portfolio at the same time. The firm is never asked: it is the accountant's. The existing client is
 * picked by typing part of the name: the picker asks the portfolio for one page of matching names at a time, so a firm
 * with thousands of clients never loads them all.
 */
class InviteClientDialog extends Dialog {

    final EmailField email = new EmailField(text("client.invite.email"));
    final ComboBox<PortfolioRow> existing = new ComboBox<>(text("client.invite.existing"));
    final TextField name = new TextField(text("client.invite.name"));
    final Select<Country> country = new Select<>();
    final TextField legalForm = new TextField(text("client.invite.legalForm"));
    final Button send = new Button(text("client.invite.send"));

    InviteClientDialog(InviteClientUseCase invitations, PortfolioUseCase portfolio, String publicUrl,
                       Runnable afterSend) {
        setHeaderTitle(text("client.invite.title"));
        int year = portfolio.currentYear();
        existing.setItems(query -> portfolio.clients(new PortfolioQuery(year, query.getFilter().orElse(""), null, "",
                null, PortfolioQuery.Sort.NAME, false), query.getOffset(), query.getLimit()).stream());
        existing.setPageSize(50);
        // the country and legal form tell apart clients with the same name
        existing.setItemLabelGenerator(r -> r.name() + " · " + r.country().name()
                + (r.legalForm().isEmpty() ? "" : " · " + r.legalForm()));
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
                        existing.getValue() == null ? null : existing.getValue().clientId(), name.getValue(),
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
