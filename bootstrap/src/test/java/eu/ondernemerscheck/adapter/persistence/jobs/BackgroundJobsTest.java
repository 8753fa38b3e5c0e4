package eu.ondernemerscheck.adapter.persistence.jobs;

import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.ClientProfileUseCase;
import eu.ondernemerscheck.application.clients.port.in.PortfolioUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.clients.port.in.SaveProfileCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.ClientProfile;
import eu.ondernemerscheck.domain.portfolio.Signal;
import eu.ondernemerscheck.domain.portfolio.SignalKind;
import eu.ondernemerscheck.domain.portfolio.VatPosition;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The background jobs on db-scheduler in the running app: asks for the recompute coalesce into one planned run, and
 * the nightly refresh brings a deadline signal that only the day makes due.
 */
@IntegrationTest
@WithMockUser(username = "boekhouder@achtergrond.test", roles = "ACCOUNTANT")
class BackgroundJobsTest {

    @Autowired
    BackgroundJobs jobs;
    @Autowired
    JdbcTemplate jdbc;
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

    private int plannedRecomputes() {
        return jdbc.queryForObject("select count(*) from platform.scheduled_tasks where task_name = ?",
                Integer.class, BackgroundJobs.RECOMPUTE);
    }

    @Test
    void twoAsksForTheRecomputeBecomeOneRun() {
        // an earlier test's run may still be planned or running; this test starts from none
        await().atMost(Duration.ofMinutes(2)).until(() -> plannedRecomputes() == 0);
        int runsBefore = jobs.recomputeRuns();

        assertThat(jobs.askRecompute()).as("the first ask plans a run").isTrue();
        assertThat(jobs.askRecompute()).as("the second ask is folded into it").isFalse();
        assertThat(plannedRecomputes()).isEqualTo(1);

        await().atMost(Duration.ofMinutes(1)).until(() -> plannedRecomputes() == 0);
        assertThat(jobs.recomputeRuns() - runsBefore).isEqualTo(1);
    }

    @Test
    void theNightlyRefreshBringsADeadlineSignalThatOnlyTheNewDayMakesDue() {
        Firm firm = AsAdministrator.provision(firms, "Nachtwerk " + UUID.randomUUID().toString().substring(0, 8));
        Client client;
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            client = register.register(new RegisterClientCommand("Kapper Nacht", Country.NL, "eenmanszaak"));
            ClientProfile p = profiles.profile(client.id());
            profiles.save(new SaveProfileCommand(client.id(), client.name(), Country.NL, "eenmanszaak",
                    VatPosition.REGULAR, null, List.of(), p.version()));
            facts.save(new SaveFactsCommand(client.id(), 2026, Map.of("nl-kor",
                    Map.of("taxable_turnover_eur", new BigDecimal("15000"))), 0));
            assertThat(korDeadlines(client)).as("saved today, no notice is due on 2 September 2026")
                    .noneMatch(s -> LocalDate.of(2026, 9, 2).equals(s.due()));
        }

        try {
            // on 10 August 2026 the next quarter is 1 October; the KOR notice must be in four weeks before it
            // (tax-rules.md §2.1): the engine names 2 September, 23 days away
            assertThat(jobs.refreshDeadlineSignals(LocalDate.of(2026, 8, 10))).isPositive();

            try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
                Signal deadline = korDeadlines(client).stream()
                        .filter(s -> LocalDate.of(2026, 9, 2).equals(s.due())).findFirst().orElseThrow();
                assertThat(deadline.message()).contains("1 oktober 2026", "nog 23 dagen");
                assertThat(portfolio.signals(2026, 0, 500)).anyMatch(f -> f.clientName().equals("Kapper Nacht")
                        && f.signal().kind() == SignalKind.KOR_REGISTRATION_DEADLINE
                        && LocalDate.of(2026, 9, 2).equals(f.signal().due()));
            }
        } finally {
            // the other tests' firms share the database: give them back the signals of the real day
            jobs.refreshDeadlineSignals(LocalDate.now());
        }
    }

    private List<Signal> korDeadlines(Client client) {
        return portfolio.clientSignals(client.id(), 2026).stream()
                .filter(s -> s.kind() == SignalKind.KOR_REGISTRATION_DEADLINE).toList();
    }
}
