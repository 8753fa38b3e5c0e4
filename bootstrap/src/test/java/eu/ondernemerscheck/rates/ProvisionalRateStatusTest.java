package eu.ondernemerscheck.rates;

import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.PortfolioUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.rates.port.in.ChangeRateCommand;
import eu.ondernemerscheck.application.rates.port.in.ChangeRatesUseCase;
import eu.ondernemerscheck.application.rates.port.in.RateSeries;
import eu.ondernemerscheck.application.rates.port.in.ViewRatesUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.PortfolioQuery;
import eu.ondernemerscheck.domain.portfolio.PortfolioRow;
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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The stale-rate guard (issue 9 point 5): a change of status only (a value marked provisional, then confirmed again,
 * the amount unchanged) is a publication like any other, so the background job recomputes the stored results that
 * used it, and the provisional flag follows in the stored result and the portfolio row.
 */
@IntegrationTest
class ProvisionalRateStatusTest {

    private static final RateKey KIA_RATE = RateKey.of("nl.kia.rate");
    private static final String ACCOUNTANT = "boekhouder@voorlopig.example";

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientFactsUseCase facts;
    @Autowired
    PortfolioUseCase portfolio;
    @Autowired
    ChangeRatesUseCase changes;
    @Autowired
    ViewRatesUseCase view;
    @Autowired
    ApplicationContext context;

    private long publishKiaRate2025Status(RateStatus status, String reason) {
        TestAdmins.signIn(context, "bram@beheer.example", Role.ADMIN);
        RateSeries series = view.series("nl-kia").stream().filter(s -> s.key().equals(KIA_RATE)).findFirst()
                .orElseThrow();
        RateRecord current = series.records().stream().filter(r -> r.state() == RateRecord.State.IN_FORCE
                && r.value().appliesOn(LocalDate.of(2025, 6, 1))).findFirst().orElseThrow();
        RateValue v = current.value();
        long draft = changes.proposeChange(new ChangeRateCommand(KIA_RATE, current.id(), series.stamp().version(),
                v.effectiveFrom(), v.effectiveUntil(), v.value(), status, v.source().title(), v.source().url(),
                LocalDate.now(), "", reason));
        changes.publish(draft);
        return draft;
    }

    private StoredResult kia(Firm firm, Client client) {
        TestAdmins.signIn(context, ACCOUNTANT, Role.ACCOUNTANT);
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            return facts.results(client.id(), 2025).stream().filter(r -> r.scheme().equals("nl-kia")).findFirst()
                    .orElseThrow();
        }
    }

    private PortfolioRow row(Firm firm) {
        TestAdmins.signIn(context, ACCOUNTANT, Role.ACCOUNTANT);
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            return portfolio.clients(PortfolioQuery.all(2025), 0, 10).getFirst();
        }
    }

    private StoredResult awaitRecomputedOn(Firm firm, Client client, long draft) {
        TestAdmins.signIn(context, ACCOUNTANT, Role.ACCOUNTANT);
        return await().atMost(Duration.ofMinutes(2)).pollInSameThread()
                .until(() -> kia(firm, client), r -> r.rateVersion().contains("v" + draft));
    }

    @Test
    void aStatusOnlyChangeRecomputesTheResultsThatUsedTheValueAndTheFlagFollows() {
        Firm firm = AsAdministrator.provision(firms, "Voorlopig " + UUID.randomUUID().toString().substring(0, 6));
        Client client;
        TestAdmins.signIn(context, ACCOUNTANT, Role.ACCOUNTANT);
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            client = register.register(new RegisterClientCommand("Timmerman", Country.NL, "eenmanszaak"));
            facts.save(new SaveFactsCommand(client.id(), 2025, Map.of("nl-kia",
                    Map.of("investment_total_eur", new BigDecimal("10000"))), 0));
        }
        assertThat(kia(firm, client).provisional()).as("the 2025 KIA table is confirmed").isFalse();
        assertThat(row(firm).provisional()).isFalse();

        long provisional = publishKiaRate2025Status(RateStatus.PROVISIONAL, "bron opnieuw te controleren");
        try {
            StoredResult flagged = awaitRecomputedOn(firm, client, provisional);
            assertThat(flagged.provisional()).isTrue();
            assertThat(flagged.figure()).isEqualByComparingTo("2800.00");
            assertThat(row(firm).provisional()).as("the portfolio shows the flag too").isTrue();
        } finally {
            long confirmed = publishKiaRate2025Status(RateStatus.CONFIRMED, "bron gecontroleerd");
            StoredResult cleared = awaitRecomputedOn(firm, client, confirmed);
            assertThat(cleared.provisional()).as("confirming the value recomputes and clears the flag").isFalse();
            assertThat(row(firm).provisional()).isFalse();
        }
    }
}
