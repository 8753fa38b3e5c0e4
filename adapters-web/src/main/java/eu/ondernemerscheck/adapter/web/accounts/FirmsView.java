package eu.ondernemerscheck.adapter.web.accounts;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import eu.ondernemerscheck.application.firms.port.in.ListFirmsUseCase;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.invitations.port.in.InviteAccountantCommand;
import eu.ondernemerscheck.application.invitations.port.in.InviteAccountantUseCase;
import eu.ondernemerscheck.application.invitations.port.in.SentInvitation;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;

import static eu.ondernemerscheck.adapter.web.accounts.AccountTexts.text;

/** The administrator's list of firms: create a firm, and invite an accountant into one. */
@Route("kantoren")
@PageTitle("Kantoren | Ondernemerscheck")
@Menu(order = 50, title = "Kantoren")
@RolesAllowed("ADMIN")
class FirmsView extends VerticalLayout {

    final Grid<Firm> grid = new Grid<>();
    final TextField name = new TextField(text("firms.name"));
    final Button create = new Button(text("firms.create"));
    final ComboBox<Firm> firm = new ComboBox<>(text("firms.invite.firm"));
    final EmailField email = new EmailField(text("firms.invite.email"));
    final Button invite = new Button(text("firms.invite.send"));
    final Paragraph status = new Paragraph();

    private final ListFirmsUseCase firms;

    FirmsView(ListFirmsUseCase firms, ProvisionFirmUseCase provision, InviteAccountantUseCase invitations,
              @Value("${ondernemerscheck.public-url:}") String publicUrl) {
        this.firms = firms;
        addClassName("oc-page");
        add(new H2(text("firms.title")));
        grid.addColumn(f -> f.name()).setHeader(text("firms.column.name")).setFlexGrow(2).setSortable(true);
        grid.addColumn(f -> f.id().value()).setHeader(text("firms.column.id")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        create.addClickListener(e -> {
            name.setInvalid(false);
            try {
                Firm created = provision.provision(new ProvisionFirmCommand(name.getValue()));
                name.clear();
                refresh();
                status.setText(text("firms.created", created.name()));
            } catch (InvalidInputException ex) {
                show(name, ex.errors().getFirst().message());
            }
        });
        HorizontalLayout newFirm = new HorizontalLayout(name, create);
        newFirm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        firm.setItemLabelGenerator(Firm::name);
        email.getElement().setAttribute("autocomplete", "off");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> {
            firm.setInvalid(false);
            email.setInvalid(false);
            try {
                SentInvitation sent = invitations.inviteAccountant(new InviteAccountantCommand(
                        firm.getValue() == null ? null : firm.getValue().id(), email.getValue(),
                        PublicAddress.linkBase(publicUrl)));
                email.clear();
                status.setText(text("invite.sent", sent.email()));
            } catch (InvalidInputException ex) {
                for (FieldError error : ex.errors()) {
                    show("firm".equals(error.field()) ? firm : email, error.message());
                }
            }
        });
        HorizontalLayout inviteRow = new HorizontalLayout(firm, email, invite);
        inviteRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(newFirm, grid, new H3(text("firms.invite.title")), inviteRow, status);
        refresh();
    }

    private void refresh() {
        var all = firms.listFirms();
        grid.setItems(all);
        firm.setItems(all);
    }

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
