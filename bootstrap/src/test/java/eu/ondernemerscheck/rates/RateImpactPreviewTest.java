package eu.ondernemerscheck.rates;

import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.rateimpact.port.in.PreviewRateImpactUseCase;
import eu.ondernemerscheck.application.rateimpact.port.in.RateImpact;
import eu.ondernemerscheck.application.rateimpact.port.in.ResultChange;
import eu.ondernemerscheck.application.rates.port.in.ChangeRateCommand;
import eu.ondernemerscheck.application.rates.port.in.ChangeRatesUseCase;
import eu.ondernemerscheck.application.rates.port.in.RateSeries;
import eu.ondernemerscheck.application.rates.port.in.ViewRatesUseCase;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateRecord;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The preview of a draft on real stored client facts in a firm's own schema: what would change, and nothing does. */
@IntegrationTest
class RateImpactPreviewTest {

    private static final RateKey KIA_RATE = RateKey.of("nl.kia.rate");

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientFactsUseCase facts;
    @Autowired
    ChangeRatesUseCase changes;
    @Autowired
    ViewRatesUseCase view;
    @Autowired
    PreviewRateImpactUseCase impacts;
    @Autowired
    LoadRateBookPort rates;
    @Autowired
    ApplicationContext context;

    @Test
    void aDraftKiaRateShowsWhichClientResultsWouldChangeByHowMuchWithoutChangingAnything() {
        Firm firm = AsAdministrator.provision(firms, "Gevolgen " + UUID.randomUUID().toString().substring(0, 8));
        Client bakery;
        TestAdmins.signIn(context, "boekhouder@gevolgen.example", Role.ACCOUNTANT);
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            bakery = register.register(new RegisterClientCommand("Bakkerij Gevolg", Country.NL, "eenmanszaak"));
            facts.save(new SaveFactsCommand(bakery.id(), 2025, Map.of("nl-kia",
                    Map.of("investment_total_eur", new BigDecimal("2901"))), 0));
            Client other = register.register(new RegisterClientCommand("Kapsalon Ander", Country.NL, "bv"));
            facts.save(new SaveFactsCommand(other.id(), 2024, Map.of("nl-kia",
                    Map.of("investment_total_eur", new BigDecimal("10000"))), 0));
        }

        TestAdmins.signIn(context, "anna@beheer.example", Role.ADMIN);
        RateSeries series = view.series("nl-kia").stream().filter(s -> s.key().equals(KIA_RATE)).findFirst()
                .orElseThrow();
        RateRecord rate2025 = series.records().stream().filter(r -> r.state() == RateRecord.State.IN_FORCE
                && r.value().appliesOn(LocalDate.of(2025, 6, 1))).findFirst().orElseThrow();
        RateValue v = rate2025.value();
        long draft = changes.proposeChange(new ChangeRateCommand(KIA_RATE, rate2025.id(), series.stamp().version(),
                v.effectiveFrom(), v.effectiveUntil(), new BigDecimal("0.30"), v.status(), v.source().title(),
                v.source().url(), LocalDate.now(), "", "voorbeeld voor de gevolgen"));
        try {
            RateImpact impact = impacts.preview(draft);

            List<ResultChange> ours = impact.changes().stream().filter(c -> c.firm().equals(firm.name())).toList();
            // 28% of 2,901 = 812.28 becomes 30% = 870.30; the 2024 client is not touched by a 2025 rate
            assertThat(ours).singleElement().satisfies(c -> {
                assertThat(c.client()).isEqualTo("Bakkerij Gevolg");
                assertThat(c.year()).isEqualTo(2025);
                assertThat(c.scheme()).isEqualTo("nl-kia");
                assertThat(c.before()).isEqualByComparingTo("812.28");
                assertThat(c.after()).isEqualByComparingTo("870.30");
                assertThat(c.difference()).isEqualByComparingTo("58.02");
                assertThat(c.afterText()).isEqualTo("€ 870,30");
            });
            assertThat(impact.changedPerFirm()).containsEntry(firm.name(), 1);
            assertThat(impact.compared()).isGreaterThanOrEqualTo(2);
            assertThat(impact.totalUp()).isGreaterThanOrEqualTo(new BigDecimal("58.02"));
            assertThat(impact.totalDown()).isEqualByComparingTo("0");
            assertThat(impact.largestUp()).isNotEmpty();
            assertThat(impact.largestDown()).isEmpty();

            assertThat(rates.currentRateBook().require(KIA_RATE, LocalDate.of(2025, 6, 1)).value())
                    .isEqualByComparingTo("0.28");
            TestAdmins.signIn(context, "boekhouder@gevolgen.example", Role.ACCOUNTANT);
            try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
                assertThat(facts.results(bakery.id(), 2025)).extracting(StoredResult::figure)
                        .containsExactly(new BigDecimal("812.28"));
                assertThatThrownBy(() -> impacts.preview(draft)).isInstanceOf(AccessDeniedException.class);
            }
        } finally {
            TestAdmins.signIn(context, "anna@beheer.example", Role.ADMIN);
            changes.discard(draft);
        }
    }
}
