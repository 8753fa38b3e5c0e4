package eu.ondernemerscheck.clients;

import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.ClientProfileUseCase;
import eu.ondernemerscheck.application.clients.port.in.PortfolioUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.RollForwardCommand;
import eu.ondernemerscheck.application.clients.port.in.RollForwardUseCase;
import eu.ondernemerscheck.application.clients.port.in.RolledForward;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.clients.port.in.SaveProfileCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.ClientProfile;
import eu.ondernemerscheck.domain.portfolio.FirmSignal;
import eu.ondernemerscheck.domain.portfolio.PortfolioQuery;
import eu.ondernemerscheck.domain.portfolio.PortfolioRow;
import eu.ondernemerscheck.domain.portfolio.Signal;
import eu.ondernemerscheck.domain.portfolio.SignalKind;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.portfolio.VatPosition;
import eu.ondernemerscheck.domain.portfolio.YearHasFactsException;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portfolio on the real database: stored results fill one overview row per client and year and the signals,
 * which the portfolio pages, sorts and filters in SQL; rolling a year forward recomputes with the next year's rates.
 */
@IntegrationTest
@WithMockUser(username = "boekhouder@portefeuille.test", roles = "ACCOUNTANT")
class PortfolioTest {

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientProfileUseCase profiles;
    @Autowired
    ClientFactsUseCase facts;
    @Autowired
    PortfolioUseCase portfolio;
    @Autowired
    RollForwardUseCase rollForward;

    Firm firm;

    @BeforeEach
    void aFirm() {
        firm = AsAdministrator.provision(firms, "Portefeuille " + UUID.randomUUID().toString().substring(0, 8));
    }

    Client client(String name, Country country, String form, VatPosition vat) {
        Client c = register.register(new RegisterClientCommand(name, country, form));
        ClientProfile p = profiles.profile(c.id());
        profiles.save(new SaveProfileCommand(c.id(), name, country, form, vat, null, List.of(), p.version()));
        return c;
    }

    @Test
    void storedResultsFillThePortfolioWhichSortsFiltersAndSearchesInTheDatabase() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            Client bakker = client("Bakkerij Jansen", Country.NL, "eenmanszaak", VatPosition.KOR);
            Client kapper = client("Kapsalon Peeters", Country.BE, "bv", VatPosition.REGULAR);
            Client schilder = client("Schildersbedrijf De Vries", Country.NL, "vof", VatPosition.REGULAR);
            facts.save(new SaveFactsCommand(bakker.id(), 2025, Map.of(
                    "nl-kor", Map.of("taxable_turnover_eur", new BigDecimal("19000")),
                    "nl-kia", Map.of("investment_total_eur", new BigDecimal("10000"))), 0));
            facts.save(new SaveFactsCommand(kapper.id(), 2025, Map.of(
                    "be-company-car-benefit", Map.of("fuel", "electric", "catalogue_value_eur",
                            new BigDecimal("45000"), "first_registration", "2024-03")), 0));
            facts.save(new SaveFactsCommand(schilder.id(), 2025, Map.of(
                    "nl-kia", Map.of("investment_total_eur", new BigDecimal("40000"))), 0));

            PortfolioQuery all = PortfolioQuery.all(2025);
            assertThat(portfolio.countClients(all)).isEqualTo(3);
            List<PortfolioRow> byName = portfolio.clients(all, 0, 50);
            assertThat(byName).extracting(PortfolioRow::name).containsExactly("Bakkerij Jansen", "Kapsalon Peeters",
                    "Schildersbedrijf De Vries");
            PortfolioRow bakkerRow = byName.getFirst();
            // 28% of 10,000 on the 2025 table
            assertThat(bakkerRow.kiaEur()).isEqualByComparingTo("2800.00");
            assertThat(bakkerRow.fitText()).isEqualTo("KOR mogelijk");
            assertThat(bakkerRow.topSignal()).startsWith(SignalKind.KOR_THRESHOLD.label());
            // 21% of 19,000
            assertThat(bakkerRow.topSignalEur()).isEqualByComparingTo("3990.00");
            assertThat(bakkerRow.openProposals()).as("no proposal submitted").isZero();
            assertThat(byName.get(1).vaaEur()).isNotNull().isPositive();

            assertThat(portfolio.clients(all.sortedBy(PortfolioQuery.Sort.KIA, true), 0, 50))
                    .extracting(PortfolioRow::name)
                    .containsExactly("Schildersbedrijf De Vries", "Bakkerij Jansen", "Kapsalon Peeters");
            assertThat(portfolio.clients(all, 1, 1)).extracting(PortfolioRow::name).containsExactly("Kapsalon Peeters");

            PortfolioQuery belgians = new PortfolioQuery(2025, "", Country.BE, "", null, null, false);
            assertThat(portfolio.clients(belgians, 0, 50)).extracting(PortfolioRow::name)
                    .containsExactly("Kapsalon Peeters");
            assertThat(portfolio.countClients(new PortfolioQuery(2025, "", null, "vof", null, null, false))).isOne();
            assertThat(portfolio.clients(new PortfolioQuery(2025, "JANS", null, "", null, null, false), 0, 50))
                    .extracting(PortfolioRow::name).containsExactly("Bakkerij Jansen");
            assertThat(portfolio.countClients(new PortfolioQuery(2025, "100%_", null, "", null, null, false)))
                    .as("wildcards in a search are plain characters").isZero();
            assertThat(portfolio.clients(new PortfolioQuery(2025, "", null, "", true, null, false), 0, 50))
                    .extracting(PortfolioRow::name).contains("Bakkerij Jansen").doesNotContain("Schildersbedrijf De Vries");
            assertThat(portfolio.clients(new PortfolioQuery(2025, "", null, "", false, null, false), 0, 50))
                    .extracting(PortfolioRow::name).containsExactly("Schildersbedrijf De Vries");
            assertThat(portfolio.legalForms()).containsExactly("bv", "eenmanszaak", "vof");

            List<FirmSignal> signals = portfolio.signals(2025, 0, 50);
            assertThat(signals).isNotEmpty();
            assertThat(signals).extracting(s -> s.signal().euro())
                    .isSortedAccordingTo((a, b) -> b.compareTo(a));
            assertThat(signals.getFirst().clientName()).isEqualTo("Bakkerij Jansen");
            assertThat(portfolio.countSignals(2025)).isEqualTo(signals.size());
        }
    }

    @Test
    void eachSaveRewritesTheYearsSignalsInRankOrderAndDropsTheOnesTheFactsNoLongerGive() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            Client bakker = client("Bakkerij De Wit", Country.NL, "eenmanszaak", VatPosition.REGULAR);
            Map<String, Map<String, Object>> both = Map.of(
                    "nl-kor", Map.of("taxable_turnover_eur", new BigDecimal("19500")),
                    "nl-kia", Map.of("investment_total_eur", new BigDecimal("2500")));
            long version = facts.save(new SaveFactsCommand(bakker.id(), 2025, both, 0)).facts().version();
            List<Signal> first = portfolio.clientSignals(bakker.id(), 2025);
            assertThat(first).extracting(Signal::kind)
                    .contains(SignalKind.KOR_THRESHOLD, SignalKind.KIA_BELOW_LOWER);
            assertThat(first).extracting(Signal::euro).isSortedAccordingTo((a, b) -> b.compareTo(a));

            version = facts.save(new SaveFactsCommand(bakker.id(), 2025, Map.of(
                    "nl-kia", Map.of("investment_total_eur", new BigDecimal("2500"))), version)).facts().version();
            List<Signal> fewer = portfolio.clientSignals(bakker.id(), 2025);
            assertThat(fewer).extracting(Signal::kind).containsExactly(SignalKind.KIA_BELOW_LOWER);
            assertThat(portfolio.countSignals(2025)).as("no signal of the earlier facts is left").isOne();

            facts.save(new SaveFactsCommand(bakker.id(), 2025, both, version));
            assertThat(portfolio.clientSignals(bakker.id(), 2025)).isEqualTo(first);
            assertThat(portfolio.countSignals(2025)).isEqualTo(first.size());
        }
    }

    @Test
    void rollingForwardCopiesTheFactsAndRecomputesWithTheNextYearsRates() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            Client c = client("Doorzetter", Country.NL, "eenmanszaak", VatPosition.REGULAR);
            facts.save(new SaveFactsCommand(c.id(), 2024, Map.of(
                    "nl-kia", Map.of("investment_total_eur", new BigDecimal("2850")),
                    "nl-kor-registration", Map.of("desired_date", "2024-04-01")), 0));
            // 2,850 is above the 2024 lower bound of 2,800: 28% = 798.00
            assertThat(kia(facts.results(c.id(), 2024)).figure()).isEqualByComparingTo("798.00");

            RolledForward rolled = rollForward.rollForward(new RollForwardCommand(c.id(), 2024, false));

            // the same 2,850 is below the 2025 lower bound of 2,900: no KIA
            assertThat(kia(rolled.saved().results()).figure()).isEqualByComparingTo("0.00");
            assertThat(facts.facts(c.id(), 2025).answers("nl-kia").get("investment_total_eur").toString())
                    .isEqualTo("2850");
            assertThat(kia(facts.history(c.id(), 2025)).rateVersion()).isNotBlank();
            assertThat(portfolio.clients(PortfolioQuery.all(2025), 0, 10).getFirst().topSignal())
                    .startsWith(SignalKind.KIA_BELOW_LOWER.label());

            assertThatThrownBy(() -> rollForward.rollForward(new RollForwardCommand(c.id(), 2024, false)))
                    .isInstanceOfSatisfying(YearHasFactsException.class, e -> {
                        assertThat(e.year()).isEqualTo(2025);
                        assertThat(e.savedBy()).isEqualTo("boekhouder@portefeuille.test");
                    });
            RolledForward again = rollForward.rollForward(new RollForwardCommand(c.id(), 2024, true));
            assertThat(again.saved().facts().version()).isEqualTo(2);
        }
    }

    private static StoredResult kia(List<StoredResult> results) {
        return results.stream().filter(r -> r.scheme().equals("nl-kia")).reduce((a, b) -> b).orElseThrow();
    }
}
