package eu.ondernemerscheck.adapter.web.rates;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.application.rates.port.in.ChangeRateCommand;
import eu.ondernemerscheck.application.rates.port.in.ChangeRatesUseCase;
import eu.ondernemerscheck.application.rates.port.in.RateDraft;
import eu.ondernemerscheck.application.rates.port.in.RateSeries;
import eu.ondernemerscheck.application.rates.port.in.ViewRatesUseCase;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateRecord;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rates screen: what an administrator sees and changes there, and that nobody else reaches it. */
@IntegrationTest
class RatesViewTest extends SpringBrowserlessTest {

    @Autowired
    ChangeRatesUseCase changes;
    @Autowired
    ViewRatesUseCase rates;
    @Autowired
    LoadRateBookPort book;

    private static void signInAsAdministrator() {
        SignedInForTest.signIn(7, "beheer@scherm.example", Role.ADMIN, null);
    }

    private RatesView openKia() {
        signInAsAdministrator();
        RatesView view = navigate(RatesView.class);
        view.scheme.setValue(view.scheme.getListDataView().getItems().filter(s -> s.id().equals("nl-kia"))
                .findFirst().orElseThrow());
        return view;
    }

    private static RateSeries series(RatesView view, RateKey key) {
        return view.parameters.getListDataView().getItems().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow();
    }

    /** A parameter of its own for one test, with one published value in 2029. */
    private RateKey publishedTestSeries() {
        signInAsAdministrator();
        RateKey key = RateKey.of("nl.kia.rate", "scherm" + UUID.randomUUID().toString().substring(0, 6));
        changes.publish(changes.proposeChange(new ChangeRateCommand(key, null, 0, LocalDate.of(2029, 1, 1),
                LocalDate.of(2029, 12, 31), new BigDecimal("0.3"), RateStatus.PROVISIONAL, "Belastingplan 2029",
                "https://www.rijksoverheid.nl/", LocalDate.now().minusDays(1), "", "testreeks")));
        return key;
    }

    @Test
    void everyParameterOfTheSchemeIsShownWithItsValuesOverTimeAsTableAndChart() {
        RatesView view = openKia();
        assertThat(view.parameters.getListDataView().getItems().map(s -> s.key().parameter()))
                .contains("nl.kia.lower", "nl.kia.band1_top", "nl.kia.top", "nl.kia.disinvestment_threshold");

        view.parameters.select(series(view, RateKey.of("nl.kia.lower")));
        assertThat(view.historyTitle.getText()).contains("nl.kia.lower");
        assertThat(view.history.getListDataView().getItems()).hasSizeGreaterThanOrEqualTo(6)
                .anySatisfy(r -> {
                    assertThat(r.value().effectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
                    assertThat(r.value().value()).isEqualByComparingTo("2900");
                    assertThat(r.value().status()).isEqualTo(RateStatus.CONFIRMED);
                    assertThat(r.value().source().title()).isNotBlank();
                    assertThat(r.introducedIn().id()).isPositive();
                    assertThat(r.state()).isEqualTo(RateRecord.State.IN_FORCE);
                });

        String src = view.chart.getSrc();
        assertThat(src).startsWith("data:image/svg+xml;base64,");
        String svg = new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)),
                StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("<line").contains(">2025<").contains("2.900")
                .doesNotContain("<script");
    }

    @Test
    void aCorrectionIsCheckedInTheFormSavedAsADraftAndPublishedFromTheScreen() {
        RateKey key = publishedTestSeries();
        RatesView view = openKia();
        view.parameters.select(series(view, key));
        RateRecord current = view.history.getListDataView().getItems().findFirst().orElseThrow();
        view.history.select(current);
        assertThat(view.correct.isEnabled()).isTrue();
        view.correct.click();
        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.value.getValue()).isEqualTo("0,3");

        view.value.setValue("150%");
        view.reason.setValue("");
        view.save.click();
        assertThat(view.value.isInvalid()).isFalse();
        assertThat(view.reason.isInvalid()).isTrue();
        view.reason.setValue("Verkeerd overgenomen uit het Belastingplan");
        view.save.click();
        assertThat(view.value.isInvalid()).isTrue();
        assertThat(view.value.getErrorMessage()).contains("tussen 0 en 1");
        assertThat(view.value.getValue()).isEqualTo("150%");
        assertThat(view.reason.getValue()).isEqualTo("Verkeerd overgenomen uit het Belastingplan");

        view.value.setValue("0,35");
        view.save.click();
        assertThat(view.message.getText()).contains("Concept opgeslagen");
        assertThat(book.currentRateBook().series(key)).extracting(RateValue::value)
                .containsExactly(new BigDecimal("0.3"));

        RateDraft draft = view.drafts.getListDataView().getItems()
                .filter(d -> d.after().value().key().equals(key)).findFirst().orElseThrow();
        assertThat(draft.before().value().value()).isEqualByComparingTo("0.3");
        view.drafts.select(draft);
        view.publish.click();
        assertThat(view.message.getText()).contains("Gepubliceerd");
        assertThat(book.currentRateBook().series(key)).extracting(RateValue::value)
                .containsExactly(new BigDecimal("0.35"));
        assertThat(view.intro.getText()).contains("v" + draft.version().id());
        assertThat(view.history.getListDataView().getItems()).extracting(RateRecord::state)
                .containsExactlyInAnyOrder(RateRecord.State.IN_FORCE, RateRecord.State.REPLACED);
    }

    @Test
    void theSecondAdministratorSavingAChangedParameterIsToldWhoChangedItAndToReload() {
        RateKey key = publishedTestSeries();
        RatesView view = openKia();
        view.parameters.select(series(view, key));
        view.history.select(view.history.getListDataView().getItems().findFirst().orElseThrow());
        view.confirm.click();
        assertThat(view.status.getValue()).isEqualTo(RateStatus.CONFIRMED);

        SignedInForTest.signIn(8, "collega@scherm.example", Role.ADMIN, null);
        RateSeries seen = rates.series("nl-kia").stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow();
        RateRecord record = seen.records().getFirst();
        changes.proposeChange(new ChangeRateCommand(key, record.id(), seen.stamp().version(),
                record.value().effectiveFrom(), record.value().effectiveUntil(), new BigDecimal("0.31"),
                RateStatus.PROVISIONAL, "", "", LocalDate.now(), "", "collega was eerder"));

        SignedInForTest.signIn(7, "beheer@scherm.example", Role.ADMIN, null);
        view.reason.setValue("Gecontroleerd tegen het Staatsblad");
        view.save.click();
        assertThat(view.message.getText()).contains("gewijzigd door collega@scherm.example")
                .contains("Laad de pagina opnieuw");
        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.reason.getValue()).isEqualTo("Gecontroleerd tegen het Staatsblad");
    }

    @Test
    void theMenuOffersTheRatesToAnAdministrator() {
        signInAsAdministrator();
        navigate(RatesView.class);
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path).contains("/tarieven");
    }

    @Test
    @WithMockUser(roles = "ACCOUNTANT")
    void anAccountantNeitherReachesTheRatesNorSeesThemInTheMenu() {
        navigate("tarieven", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(RatesView.class);
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path).doesNotContain("/tarieven");
    }

    @Test
    @WithMockUser(roles = "CLIENT")
    void aClientDoesNotReachTheRates() {
        navigate("tarieven", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(RatesView.class);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorDoesNotReachTheRates() {
        navigate("tarieven", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(RatesView.class);
    }
}
