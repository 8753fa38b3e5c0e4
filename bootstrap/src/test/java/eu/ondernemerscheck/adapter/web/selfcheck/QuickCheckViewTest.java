package eu.ondernemerscheck.adapter.web.selfcheck;

import eu.ondernemerscheck.adapter.web.schemeform.OptionSelect;
import eu.ondernemerscheck.adapter.web.schemeform.Questionnaire;
import eu.ondernemerscheck.adapter.web.schemeform.SchemeCard;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.rates.port.in.CalculateCommand;
import eu.ondernemerscheck.application.rates.port.in.CalculateUseCase;
import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.InputField;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.MoneyFormat;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The anonymous quick check, step by step, without a browser. */
@IntegrationTest
@WithAnonymousUser
class QuickCheckViewTest extends SpringBrowserlessTest {

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    CalculateUseCase calculations;
    @Autowired
    JdbcTemplate jdbc;

    Firm firm;

    @BeforeEach
    void aFirmAndADutchBrowser() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.of("nl", "NL"));
        firm = AsAdministrator.provision(firms, "Checkkantoor " + UUID.randomUUID().toString()
                .substring(0, 8));
    }

    QuickCheckView open() {
        return navigate("check/" + firm.publicId(), QuickCheckView.class);
    }

    Questionnaire choose(QuickCheckView view, Country country) {
        assertThat(view.country.getItemLabelGenerator().apply(country))
                .isEqualTo(country == Country.NL ? "Nederland" : "België");
        view.country.setValue(country);
        return view.questionnaire(country).orElseThrow();
    }

    static TextField field(SchemeCard card, String input) {
        return (TextField) card.questions().stream().filter(q -> q.input().name().equals(input)).findFirst()
                .orElseThrow().component();
    }

    int storedLeads() {
        return jdbc.queryForObject("select count(*) from " + firm.id().schemaName() + ".lead", Integer.class);
    }

    @Test
    void anAnonymousVisitorOpensTheFirmsCheckAndSeesTheFirmsName() {
        QuickCheckView view = open();

        assertThat(find(H1.class).first().getText()).isEqualTo(firm.name());
        assertThat(view.country.isVisible()).isTrue();
        assertThat(view.questionnaire(Country.NL)).isEmpty();
    }

    @Test
    void anEnglishBrowserGetsTheEnglishTextsThatExistAndDutchForTheRest() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate("check/" + UUID.randomUUID(), QuickCheckView.class);
        assertThat(find(H1.class).first().getText()).isEqualTo("This link is not valid");
    }

    @Test
    void anUnknownOrMalformedLinkShowsAPlainPage() {
        navigate("check/" + UUID.randomUUID(), QuickCheckView.class);
        assertThat(find(H1.class).first().getText()).isEqualTo("Deze link is niet geldig");

        navigate("check/geen-uuid", QuickCheckView.class);
        assertThat(find(H1.class).first().getText()).isEqualTo("Deze link is niet geldig");
    }

    @Test
    void theQuestionsOfTheChosenCountryComeFromTheCatalogueWithItsLabelsHelpAndOptions() {
        QuickCheckView view = open();
        Questionnaire nl = choose(view, Country.NL);

        assertThat(nl.cards()).extracting(SchemeCard::schemeId).containsExactly("nl-kia", "nl-kor");
        SchemeCatalogue catalogue = SchemeCatalogue.standard();
        InputField total = catalogue.find("nl-kia").orElseThrow().definition().input("investment_total_eur");
        TextField totalField = field(nl.card("nl-kia"), "investment_total_eur");
        assertThat(totalField.getLabel()).isEqualTo(total.label());
        assertThat(totalField.getHelperText()).isEqualTo(total.help());
        Checkbox vat = (Checkbox) nl.card("nl-kia").questions().get(1).component();
        assertThat(vat.getValue()).as("the catalogue's default").isTrue();

        Questionnaire be = choose(view, Country.BE);
        assertThat(be.cards()).extracting(SchemeCard::schemeId).containsExactly("be-vat-exemption",
                "be-company-car-benefit", "be-car-deductibility", "be-mileage-commute", "be-mileage-business");
        OptionSelect activity = (OptionSelect) be.card("be-vat-exemption").questions()
                .stream().filter(q -> q.input().name().equals("activity")).findFirst().orElseThrow().component();
        assertThat(activity.getValue().label()).isEqualTo("Gewone activiteit");
        assertThat(activity.getLabel()).isEqualTo(SchemeCatalogue.standard().find("be-vat-exemption").orElseThrow()
                .definition().input("activity").label());
        assertThat(activity.options()).extracting(InputField.Option::label).contains("Gewone activiteit");
        assertThat(be.card("be-vat-exemption").questions()).anyMatch(q -> q.component() instanceof DatePicker);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withTextContaining("boekhouder").exists())
                .as("Flemish wording for a Belgian visitor").isTrue();
        assertThat(view.country.getValue()).isEqualTo(Country.BE);
    }

    @Test
    void theKiaFigureFollowsTheAmountAsItIsTypedInDutchNotation() {
        Questionnaire nl = choose(open(), Country.NL);
        SchemeCard kia = nl.card("nl-kia");
        int year = nl.check().year();

        test(field(kia, "investment_total_eur")).setValue("50.000");
        String first = kia.figure.getText();
        test(field(kia, "investment_total_eur")).setValue("120.000,50");
        String second = kia.figure.getText();

        assertThat(first).isEqualTo(kiaFor(year, "50000"));
        assertThat(second).isEqualTo(kiaFor(year, "120000.50")).isNotEqualTo(first);
        assertThat(storedLeads()).as("nothing is stored while answering").isZero();
    }

    String kiaFor(int year, String amount) {
        Outcome o = calculations.calculate(new CalculateCommand("nl-kia", year,
                Map.of("investment_total_eur", new BigDecimal(amount))));
        return MoneyFormat.display((BigDecimal) o.output("kia_eur"));
    }

    @Test
    void aBadAmountIsExplainedBesideTheFieldAndWhatWasTypedStays() {
        SchemeCard kia = choose(open(), Country.NL).card("nl-kia");
        TextField total = field(kia, "investment_total_eur");

        test(total).setValue("12,34,5");

        assertThat(total.isInvalid()).isTrue();
        assertThat(total.getErrorMessage()).contains("1.234,56");
        assertThat(total.getValue()).isEqualTo("12,34,5");
        assertThat(kia.figure.getText()).isEqualTo("–");

        test(total).setValue("1.234,56");
        assertThat(total.isInvalid()).isFalse();
        assertThat(kia.problem()).isEmpty();
    }

    @Test
    void theProblemUnderTheFigureIsThereOnlyUntilTheAnswersCanBeComputed() {
        SchemeCard kia = choose(open(), Country.NL).card("nl-kia");
        TextField total = field(kia, "investment_total_eur");
        assertThat(kia.figure.getText()).isEqualTo("–");
        Paragraph missing = kia.problem().orElseThrow();
        assertThat(missing.getText()).as("what the engine still needs").isNotBlank();
        assertThat(lineAfterFigure(kia)).isSameAs(missing);
        assertThat(kia.explanation()).as("no figure, nothing to explain").isEmpty();

        test(total).setValue("50.000");
        assertThat(kia.figure.getText()).isNotEqualTo("–");
        assertThat(kia.problem()).isEmpty();
        assertThat(missing.getParent()).as("taken off the page, not hidden").isEmpty();
        assertThat(kia.explanation()).isPresent();

        test(total).setValue("12,34,5");
        assertThat(kia.problem()).map(Paragraph::getText)
                .hasValue("Verbeter eerst het gemarkeerde antwoord; dan rekenen we opnieuw.");
        assertThat(kia.provisional()).isEmpty();
        assertThat(kia.explanation()).isEmpty();
        assertThat(total.getValue()).isEqualTo("12,34,5");

        test(total).setValue("50.000");
        assertThat(kia.problem()).isEmpty();
        test(kia.explanation().orElseThrow()).openDetails();
        assertThat(find(ListItem.class, kia.explanation().orElseThrow()).all()).isNotEmpty();
    }

    @Test
    void theProvisionalNoticeStandsRightUnderAFigureOnProvisionalRatesAndLeavesWithIt() {
        Questionnaire nl = choose(open(), Country.NL);
        SchemeCard kia = nl.card("nl-kia");
        TextField total = field(kia, "investment_total_eur");
        Outcome expected = calculations.calculate(new CalculateCommand("nl-kia", nl.check().year(),
                Map.of("investment_total_eur", new BigDecimal("50000"), "vat_deductible", true)));
        assertThat(expected.status()).as("the shipped KIA table of this year is provisional")
                .isEqualTo(RateStatus.PROVISIONAL);
        assertThat(kia.provisional()).isEmpty();

        test(total).setValue("50.000");
        Span notice = kia.provisional().orElseThrow();
        assertThat(notice.getText()).isEqualTo("Berekend met voorlopige tarieven: dit bedrag kan nog veranderen.");
        assertThat(lineAfterFigure(kia)).isSameAs(notice);
        assertThat(kia.getElement().getChildren().toList().getLast()).as("the explanation comes last")
                .isEqualTo(kia.explanation().orElseThrow().getElement());

        test(total).setValue("");
        assertThat(kia.provisional()).isEmpty();
        assertThat(notice.getParent()).isEmpty();

        test(total).setValue("60.000");
        assertThat(kia.provisional()).isPresent();
        assertThat(lineAfterFigure(kia)).isSameAs(kia.provisional().orElseThrow());
    }

    /** The component right under the line with the figure. */
    static com.vaadin.flow.component.Component lineAfterFigure(SchemeCard card) {
        List<com.vaadin.flow.dom.Element> lines = card.getElement().getChildren().toList();
        int figureLine = lines.indexOf(card.figure.getElement().getParent());
        return lines.get(figureLine + 1).getComponent().orElseThrow();
    }

    @Test
    void anEngineErrorIsShownBesideItsFieldWithoutLosingTheInput() {
        SchemeCard commute = choose(open(), Country.BE).card("be-mileage-commute");
        TextField days = field(commute, "days");
        test(field(commute, "one_way_km")).setValue("25");

        test(days).setValue("400");

        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).contains("366");
        assertThat(days.getValue()).isEqualTo("400");
    }

    @Test
    void howIsThisComputedShowsTheStepsAndTheRateVersion() {
        Questionnaire nl = choose(open(), Country.NL);
        SchemeCard kia = nl.card("nl-kia");
        test(field(kia, "investment_total_eur")).setValue("50.000");
        Outcome expected = calculations.calculate(new CalculateCommand("nl-kia", nl.check().year(),
                Map.of("investment_total_eur", new BigDecimal("50000"), "vat_deductible", true)));

        Details explanation = kia.explanation().orElseThrow();
        test(explanation).openDetails();

        List<ListItem> steps = find(ListItem.class,
                find(com.vaadin.flow.component.html.OrderedList.class, explanation).single()).all();
        assertThat(steps).hasSize(expected.explanation().size());
        assertThat(find(com.vaadin.flow.component.html.Anchor.class, explanation).all())
                .as("the scheme's legal sources").isNotEmpty()
                .allMatch(a -> a.getHref().startsWith("https://"));
        assertThat(steps.getFirst().getElement().getTextRecursively())
                .contains(expected.explanation().getFirst().step());
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, explanation)
                .withTextContaining(expected.rateVersion()).exists()).isTrue();
    }

    @Test
    void aFigureOnProvisionalRatesSaysSo() {
        QuickCheckView view = open();
        SchemeCard cars = choose(view, Country.BE).card("be-car-deductibility");
        OptionSelect fuel = (OptionSelect) cars.questions().get(0).component();
        fuel.setValue(fuel.options().stream().filter(o -> o.value().equals("diesel")).findFirst().orElseThrow());
        test(field(cars, "co2_g_km")).setValue("120");
        ((DatePicker) cars.questions().get(2).component()).setValue(java.time.LocalDate.of(
                view.questionnaire(Country.BE).orElseThrow().check().year(), 3, 1));
        assertThat(cars.figure.getText()).isNotEqualTo("–");
        int provisionalShown = 0;
        for (Country country : Country.values()) {
            Questionnaire q = choose(view, country);
            for (SchemeCard card : q.cards()) {
                if (card.figure.getText().equals("–")) {
                    continue;
                }
                Outcome o = calculations.calculate(new CalculateCommand(card.schemeId(), q.check().year(),
                        card.answers()));
                assertThat(card.provisional().isPresent()).as(card.schemeId())
                        .isEqualTo(o.status() == RateStatus.PROVISIONAL);
                provisionalShown += card.provisional().isPresent() ? 1 : 0;
            }
        }
        assertThat(provisionalShown).as("the shipped rates have provisional values this year").isPositive();
    }

    @Test
    void aDropDownSendsItsOptionsAsOneListAndReadsTheChoiceTheBrowserReports() {
        SchemeCard cars = choose(open(), Country.BE).card("be-car-deductibility");
        OptionSelect fuel = (OptionSelect) cars.question("fuel").component();
        InputField catalogued = SchemeCatalogue.standard().find("be-car-deductibility").orElseThrow().definition()
                .input("fuel");

        assertThat(fuel.getElement().getChildCount()).as("no server-side component per option").isZero();
        tools.jackson.databind.JsonNode items = (tools.jackson.databind.JsonNode) fuel.getElement()
                .getPropertyRaw("items");
        assertThat(items.size()).as("a required choice has no empty item").isEqualTo(catalogued.options().size());
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).get("label").asString()).isEqualTo(catalogued.options().get(i).label());
            assertThat(items.get(i).get("value").asString()).isEqualTo(catalogued.options().get(i).value());
        }
        assertThat(fuel.getValue()).isNull();
        assertThat(cars.problem().orElseThrow().getText()).contains(catalogued.label());

        fuel.getElement().setProperty("value", "diesel");

        assertThat(fuel.getValue().label()).isEqualTo("Diesel");
        assertThat(cars.problem().orElseThrow().getText()).doesNotContain(catalogued.label());
        fuel.setValue(null);
        assertThat(fuel.getElement().getProperty("value")).isEmpty();
    }

    @Test
    void anotherFirmsLinkInTheSameTabStartsAFreshCheckForThatFirm() {
        QuickCheckView first = open();
        choose(first, Country.NL);
        test(find(com.vaadin.flow.component.button.Button.class).withText("Neem contact met mij op").single()).click();
        assertThat(find(ContactForm.class).all()).hasSize(1);
        Firm other = AsAdministrator.provision(firms, "Ander kantoor " + UUID.randomUUID().toString().substring(0, 8));

        QuickCheckView view = navigate("check/" + other.publicId(), QuickCheckView.class);

        assertThat(find(H1.class).first().getText()).isEqualTo(other.name());
        assertThat(view.country.getValue()).isNull();
        assertThat(view.questionnaire(Country.NL)).isEmpty();
        assertThat(view.checkArea.getChildren()).isEmpty();
        assertThat(find(ContactForm.class).all()).as("nothing of the first firm's check remains").isEmpty();
        choose(view, Country.NL);
        assertThat(view.checkArea.getChildren()).hasSize(1);
        assertThat(find(ContactForm.class).all()).isEmpty();
    }

    @Test
    void theContactFormIsOnlyBuiltWhenTheVisitorAsksForItAndThenKeptWhenSwitchingBack() {
        QuickCheckView view = open();
        choose(view, Country.NL);
        assertThat(find(ContactForm.class).all()).as("an open check keeps no unused contact form").isEmpty();

        test(find(com.vaadin.flow.component.button.Button.class).withText("Neem contact met mij op").single()).click();
        ContactForm form = find(ContactForm.class).single();
        test(form.name).setValue("Ria Jansen");
        test(find(com.vaadin.flow.component.button.Button.class).withText("Een account aanmaken").single()).click();
        assertThat(form.isVisible()).isFalse();
        com.vaadin.flow.component.Component accountInfo = find(com.vaadin.flow.component.html.Anchor.class)
                .withText("Naar de inlogpagina").single().getParent().orElseThrow();
        assertThat(accountInfo.isVisible()).isTrue();
        test(find(com.vaadin.flow.component.button.Button.class).withText("Neem contact met mij op").single()).click();

        assertThat(find(ContactForm.class).single()).isSameAs(form);
        assertThat(form.isVisible()).isTrue();
        assertThat(accountInfo.isVisible()).isFalse();
        assertThat(form.name.getValue()).isEqualTo("Ria Jansen");
    }

    @Test
    void theContactFormNeedsConsentAndAValidAddressAndKeepsWhatWasTyped() {
        QuickCheckView view = open();
        Questionnaire nl = choose(view, Country.NL);
        test(field(nl.card("nl-kia"), "investment_total_eur")).setValue("50.000");
        test(find(com.vaadin.flow.component.button.Button.class).withText("Neem contact met mij op").single()).click();
        ContactForm form = find(ContactForm.class).single();

        test(form.name).setValue("Jan de Vries");
        test(form.email).setValue("jan-at-example");
        test(form.send).click();

        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.consent.isInvalid()).isTrue();
        assertThat(form.name.getValue()).isEqualTo("Jan de Vries");
        assertThat(form.email.getValue()).isEqualTo("jan-at-example");
        assertThat(storedLeads()).isZero();

        test(form.email).setValue("jan@example.nl");
        test(form.consent).click();
        test(form.send).click();

        assertThat(form.thanks.isVisible()).isTrue();
        assertThat(form.thanks.getText()).contains(firm.name());
        assertThat(storedLeads()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select value from " + firm.id().schemaName()
                + ".lead_answer where input = 'investment_total_eur'", String.class)).isEqualTo("50000");
    }

    @Test
    void creatingAnAccountExplainsTheInvitationAndLinksToTheLoginPage() {
        choose(open(), Country.NL);
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withText("Naar de inlogpagina").exists())
                .as("built when asked for").isFalse();
        test(find(com.vaadin.flow.component.button.Button.class).withText("Een account aanmaken").single()).click();

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withTextContaining("uitnodiging").exists())
                .isTrue();
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withText("Naar de inlogpagina").single()
                .getHref()).isEqualTo("login");
        assertThat(storedLeads()).isZero();
    }
}
