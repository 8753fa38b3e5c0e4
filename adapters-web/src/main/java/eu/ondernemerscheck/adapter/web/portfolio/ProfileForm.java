package eu.ondernemerscheck.adapter.web.portfolio;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import eu.ondernemerscheck.adapter.web.schemeform.DutchDates;
import eu.ondernemerscheck.adapter.web.schemeform.DutchNumber;
import eu.ondernemerscheck.application.clients.port.in.ClientProfileUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveProfileCommand;
import eu.ondernemerscheck.domain.portfolio.ClientProfile;
import eu.ondernemerscheck.domain.portfolio.Partner;
import eu.ondernemerscheck.domain.portfolio.VatPosition;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.ChangedMeanwhileException;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static eu.ondernemerscheck.adapter.web.portfolio.PortfolioTexts.text;

/**
 * A client's profile: name, country, legal form, VAT position, start date and the partners with their shares in
 * percent. Saved against the version it was opened with; an error shows beside its field, what was typed stays, and a
 * concurrent change says who made it and when.
 */
final class ProfileForm extends Composite<Div> {

    final TextField name = new TextField(text("profile.name"));
    final Select<Country> country = new Select<>();
    final TextField legalForm = new TextField(text("profile.legalForm"));
    final Select<VatPosition> vat = new Select<>();
    final DatePicker startDate = new DatePicker(text("profile.startDate"));
    final Div partnerRows = new Div();
    final List<PartnerRow> partners = new ArrayList<>();
    final Button addPartner = new Button(text("profile.partner.add"));
    final Button save = new Button(text("profile.save"));
    final Paragraph message = new Paragraph();
    private final ClientProfileUseCase profiles;
    private final Consumer<ClientProfile> onSaved;
    private final Runnable reload;
    private ClientProfile opened;

    /** One partner's name and share, the share typed as a percentage. */
    record PartnerRow(Div component, TextField name, TextField share) {
    }

    ProfileForm(ClientProfileUseCase profiles, ClientProfile profile, Consumer<ClientProfile> onSaved,
                Runnable reload) {
        this.profiles = profiles;
        this.onSaved = onSaved;
        this.reload = reload;
        this.opened = profile;
        Div root = getContent();
        root.addClassName("oc-profile");
        root.addClassName("oc-scheme");
        name.setMaxLength(200);
        country.setLabel(text("profile.country"));
        country.setItems(Country.values());
        country.setItemLabelGenerator(c -> text("country." + c.name()));
        legalForm.setMaxLength(60);
        vat.setLabel(text("profile.vat"));
        vat.setItems(VatPosition.values());
        vat.setItemLabelGenerator(v -> text("profile.vat." + v.name()));
        startDate.setI18n(DutchDates.i18n(text("profile.startDate.invalid")));
        startDate.setLocale(PortfolioTexts.NL);
        startDate.setClearButtonVisible(true);
        addPartner.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addPartner.addClickListener(e -> addPartner("", null));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        message.setVisible(false);
        Div fields = new Div(name, country, legalForm, vat, startDate);
        fields.addClassName("oc-questions");
        Span partnersLabel = new Span(text("profile.partners"));
        partnersLabel.addClassName("oc-list-label");
        root.add(new H3(text("profile.title")), fields, partnersLabel, partnerRows, addPartner, message, save);
        fill(profile);
    }

    private void fill(ClientProfile profile) {
        name.setValue(profile.name());
        country.setValue(profile.country());
        legalForm.setValue(profile.legalForm());
        vat.setValue(profile.vatPosition());
        startDate.setValue(profile.startDate());
        partnerRows.removeAll();
        partners.clear();
        for (Partner p : profile.partners()) {
            addPartner(p.name(), p.share());
        }
    }

    PartnerRow addPartner(String partnerName, BigDecimal share) {
        TextField n = new TextField(text("profile.partner.name"));
        n.setMaxLength(200);
        n.setValue(partnerName);
        TextField s = new TextField(text("profile.partner.share"));
        s.setSuffixComponent(new Span("%"));
        s.setAllowedCharPattern("[0-9.,]");
        if (share != null) {
            s.setValue(DutchNumber.format(share.movePointRight(2).stripTrailingZeros(), false));
        }
        Div row = new Div(n, s);
        row.addClassName("oc-list-row");
        PartnerRow partner = new PartnerRow(row, n, s);
        Button remove = new Button(text("profile.partner.remove"), e -> {
            partners.remove(partner);
            partnerRows.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        partners.add(partner);
        partnerRows.add(row);
        return partner;
    }

    private void clearErrors() {
        for (HasValidation f : new HasValidation[]{name, country, legalForm, vat, startDate}) {
            f.setInvalid(false);
        }
        partners.forEach(p -> {
            p.name().setInvalid(false);
            p.share().setInvalid(false);
        });
        message.setVisible(false);
        message.removeClassName("oc-problem");
    }

    void save() {
        clearErrors();
        List<Partner> shares = new ArrayList<>();
        boolean typing = false;
        for (PartnerRow p : partners) {
            try {
                BigDecimal pct = DutchNumber.parse(p.share().getValue(), 6).orElse(BigDecimal.ZERO);
                shares.add(new Partner(p.name().getValue().strip(), pct.movePointLeft(2)));
            } catch (IllegalArgumentException e) {
                p.share().setErrorMessage(text("profile.partner.share.invalid"));
                p.share().setInvalid(true);
                typing = true;
            }
        }
        if (typing || startDate.isInvalid()) {
            return;
        }
        try {
            ClientProfile saved = profiles.save(new SaveProfileCommand(opened.clientId(), name.getValue(),
                    country.getValue(), legalForm.getValue(), vat.getValue(), startDate.getValue(), shares,
                    opened.version()));
            opened = saved;
            show(text("profile.saved"), false);
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                HasValidation field = fieldFor(error.field());
                if (field == null) {
                    show(error.message(), true);
                } else {
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                }
            }
        } catch (ChangedMeanwhileException e) {
            getContent().addComponentAtIndex(getContent().indexOf(save), ClientWorkspaceView.conflict(e, reload));
        }
    }

    private HasValidation fieldFor(String field) {
        if (field.startsWith("partners[")) {
            int index = Integer.parseInt(field.substring(9, field.indexOf(']')));
            PartnerRow row = index < partners.size() ? partners.get(index) : null;
            return row == null ? null : field.endsWith(".name") ? row.name() : row.share();
        }
        return switch (field) {
            case "name" -> name;
            case "country" -> country;
            case "legalForm" -> legalForm;
            case "vatPosition" -> vat;
            case "startDate" -> startDate;
            default -> null;
        };
    }

    private void show(String text, boolean problem) {
        message.setText(text);
        message.setVisible(true);
        if (problem) {
            message.addClassName("oc-problem");
        }
    }
}
