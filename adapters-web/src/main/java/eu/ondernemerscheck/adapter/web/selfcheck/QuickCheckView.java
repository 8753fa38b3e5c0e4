package eu.ondernemerscheck.adapter.web.selfcheck;

import eu.ondernemerscheck.adapter.web.schemeform.Questionnaire;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.ondernemerscheck.adapter.web.report.FirmLogo;
import eu.ondernemerscheck.application.branding.port.in.PublicBrandingUseCase;
import eu.ondernemerscheck.application.rates.port.in.CalculateUseCase;
import eu.ondernemerscheck.domain.branding.Branding;
import eu.ondernemerscheck.application.selfcheck.port.in.FindCheckFirmUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.FirmFace;
import eu.ondernemerscheck.application.selfcheck.port.in.LeaveContactDetailsUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.QuickCheckQuestionnaireUseCase;
import eu.ondernemerscheck.domain.rules.Country;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A firm's public quick check, {@code /check/<public id of the firm>}: pick the country, answer a few questions per
 * scheme and see the figures at once; then create an account or leave contact details for the firm. The public id
 * only picks whose name and branding (display name, logo, colour, from the platform register) show and where a lead
 * goes; no client data of the firm is read. Nothing is stored until the
 * visitor sends the contact form.
 */
@Route(value = "check", autoLayout = false)
@PageTitle("Ondernemerscheck")
@AnonymousAllowed
class QuickCheckView extends VerticalLayout implements HasUrlParameter<String> {

    private final FindCheckFirmUseCase firms;
    private final QuickCheckQuestionnaireUseCase questionnaires;
    private final CalculateUseCase calculations;
    private final LeaveContactDetailsUseCase leads;
    private final PublicBrandingUseCase brandings;

    final RadioButtonGroup<Country> country = new RadioButtonGroup<>();
    final Div checkArea = new Div();
    private final Map<Country, Div> byCountry = new EnumMap<>(Country.class);
    private final Map<Country, Questionnaire> questionnaireByCountry = new EnumMap<>(Country.class);
    private final Map<Country, ContactForm> contactForms = new EnumMap<>(Country.class);
    private final Map<Country, Div> accountInfos = new EnumMap<>(Country.class);
    private FirmFace firm;

    QuickCheckView(FindCheckFirmUseCase firms, QuickCheckQuestionnaireUseCase questionnaires,
                   CalculateUseCase calculations, LeaveContactDetailsUseCase leads, PublicBrandingUseCase brandings) {
        this.firms = firms;
        this.brandings = brandings;
        this.questionnaires = questionnaires;
        this.calculations = calculations;
        this.leads = leads;
        addClassName("oc-check");
        setPadding(false);
        setSpacing(false);
        country.addValueChangeListener(e -> showCountry(e.getValue()));
    }

    @Override
    public void setParameter(BeforeEvent event, String publicId) {
        // the same view is reused when the address names another firm: nothing of the previous check may remain
        removeAll();
        removeClassName("oc-invalid-link");
        firm = null;
        country.clear();
        checkArea.removeAll();
        byCountry.clear();
        questionnaireByCountry.clear();
        contactForms.clear();
        accountInfos.clear();
        SelfCheckTexts texts = SelfCheckTexts.forVisitor(SelfCheckTexts.browserLocale(), Country.NL);
        Optional<FirmFace> found = parse(publicId).flatMap(firms::findByPublicId);
        if (found.isEmpty()) {
            H1 title = new H1(texts.get("invalid.title"));
            add(title, new Paragraph(texts.get("invalid.text")));
            addClassName("oc-invalid-link");
            return;
        }
        firm = found.get();
        Branding branding = brandings.brandingOfCheck(firm.publicId()).orElseGet(() -> Branding.unset(firm.name()));
        // the colour was checked as #rrggbb when saved, so it cannot carry anything but a colour into the style
        getStyle().set("--oc-firm-colour", branding.colour().hex());
        H1 brand = new H1(branding.displayName());
        brand.addClassName("oc-brand");
        Div brandBar = new Div();
        brandBar.addClassName("oc-firm-bar");
        FirmLogo.of(branding).ifPresent(brandBar::add);
        brandBar.add(brand);
        Paragraph intro = new Paragraph(texts.get("intro", branding.displayName()));
        country.setLabel(texts.get("country.label"));
        country.setItems(Country.NL, Country.BE);
        country.setItemLabelGenerator(c -> texts.get("country." + c.name()));
        checkArea.addClassName("oc-check-area");
        add(brandBar, new H2(texts.get("title")), intro, country, checkArea);
    }

    private static Optional<UUID> parse(String publicId) {
        try {
            return Optional.of(UUID.fromString(publicId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Each country's check is built when first chosen and kept, so switching back loses no answers. */
    private void showCountry(Country chosen) {
        byCountry.values().forEach(d -> d.setVisible(false));
        if (chosen == null) {
            return;
        }
        Div area = byCountry.computeIfAbsent(chosen, this::build);
        area.setVisible(true);
    }

    private Div build(Country chosen) {
        SelfCheckTexts texts = SelfCheckTexts.forVisitor(SelfCheckTexts.browserLocale(), chosen);
        Questionnaire questionnaire = new Questionnaire(questionnaires.quickCheck(chosen), calculations, texts,
                Map.of());
        questionnaireByCountry.put(chosen, questionnaire);
        Paragraph yearNote = new Paragraph(texts.get("year", questionnaire.check().year()));
        yearNote.addClassName("oc-muted");
        Div area = new Div(yearNote, questionnaire, nextStep(chosen, texts));
        area.getElement().setAttribute("data-country", chosen.name());
        checkArea.add(area);
        return area;
    }

    private Div nextStep(Country chosen, SelfCheckTexts texts) {
        Div next = new Div();
        next.addClassName("oc-next");
        Button account = new Button(texts.get("next.account"));
        Button contact = new Button(texts.get("next.contact"));
        contact.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div choice = new Div(account, contact);
        choice.addClassName("oc-next-choice");
        account.addClickListener(e -> {
            // built when asked for, like the contact form below
            Div info = accountInfos.computeIfAbsent(chosen, c -> {
                Div created = new Div(new Paragraph(texts.get("account.text", firm.name())),
                        new Anchor("login", texts.get("account.login")));
                created.addClassName("oc-account-info");
                next.addComponentAtIndex(next.indexOf(choice) + 1, created);
                return created;
            });
            info.setVisible(true);
            Optional.ofNullable(contactForms.get(chosen)).ifPresent(f -> f.setVisible(false));
        });
        contact.addClickListener(e -> {
            // built when asked for: most visitors never open it, and every open check would otherwise keep its
            // fields on the server (docs/performance.md, live heap per open check)
            ContactForm form = contactForms.computeIfAbsent(chosen, c -> {
                ContactForm created = new ContactForm(firm, texts, leads, () -> questionnaireByCountry.get(c),
                        QuickCheckView::clientAddress);
                next.add(created);
                return created;
            });
            form.setVisible(true);
            Optional.ofNullable(accountInfos.get(chosen)).ifPresent(i -> i.setVisible(false));
            form.name.focus();
        });
        next.add(new H2(texts.get("next.title")), new Paragraph(texts.get("next.text")), choice);
        return next;
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    Optional<Questionnaire> questionnaire(Country c) {
        return Optional.ofNullable(questionnaireByCountry.get(c));
    }

    Optional<FirmFace> firm() {
        return Optional.ofNullable(firm);
    }
}
