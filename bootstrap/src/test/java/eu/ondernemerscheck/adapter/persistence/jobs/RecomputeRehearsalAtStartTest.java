package eu.ondernemerscheck.adapter.persistence.jobs;

import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeRehearsal;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeResultsUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Once the app is ready it rehearses the recompute in a thread of its own, as the system, and refuses a count that
 * makes no sense.
 */
@IntegrationTest
@WithMockUser(username = "boekhouder@repetitie.test", roles = "ACCOUNTANT")
class RecomputeRehearsalAtStartTest {

    @Autowired
    RecomputeRehearsalAtStart atStart;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientFactsUseCase facts;

    @Test
    void theRunningAppRehearsedOnceItWasReady() throws Exception {
        // the test database starts without firms, so the rehearsal at its start had nothing to compute; it ran
        assertThat(atStart.outcome().get(2, TimeUnit.MINUTES)).isNotNull();
    }

    @Test
    void theRehearsalRunsAsTheSystemInAThreadOfItsOwnUntilItHasComputedItsCount() throws Exception {
        Firm firm = AsAdministrator.provision(firms, "Opstart " + UUID.randomUUID().toString().substring(0, 6));
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            Client client = register.register(new RegisterClientCommand("Bakker", Country.NL, "eenmanszaak"));
            facts.save(new SaveFactsCommand(client.id(), 2025, Map.of("nl-kia",
                    Map.of("investment_total_eur", new BigDecimal("2901"))), 0));
        }
        // this thread is an accountant's, who may not rehearse: the rehearsal's own thread runs as the system
        RecomputeRehearsalAtStart started = new RecomputeRehearsalAtStart(
                context.getBeanProvider(RecomputeResultsUseCase.class), 1);
        started.rehearse();

        RecomputeRehearsal done = started.outcome().get(2, TimeUnit.MINUTES);
        assertThat(done.clientYears()).isPositive();
        assertThat(done.firms()).isPositive();
    }

    @Test
    void stoppingTheAppWaitsForTheRehearsalToEnd() {
        RecomputeRehearsalAtStart started = new RecomputeRehearsalAtStart(
                context.getBeanProvider(RecomputeResultsUseCase.class), Integer.MAX_VALUE);
        started.start();
        started.rehearse();
        started.stop();
        // interrupted, it ends after the step at hand; either way it has ended before the connections close
        assertThat(started.outcome()).isDone();
        assertThat(started.isRunning()).isFalse();
    }

    @Test
    void noCountMeansNoRehearsal() throws Exception {
        RecomputeRehearsalAtStart none = new RecomputeRehearsalAtStart(
                context.getBeanProvider(RecomputeResultsUseCase.class), 0);
        none.rehearse();
        assertThat(none.outcome().get(1, TimeUnit.SECONDS)).isEqualTo(new RecomputeRehearsal(0, 0));
    }

    @Test
    void aNegativeCountIsRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> new RecomputeRehearsalAtStart(null, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ondernemerscheck.jobs.rehearsal-client-years").hasMessageContaining("-1");
    }
}
