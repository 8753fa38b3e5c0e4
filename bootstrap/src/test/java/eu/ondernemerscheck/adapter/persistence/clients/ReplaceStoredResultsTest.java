package eu.ondernemerscheck.adapter.persistence.clients;

import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.clients.port.out.StoredResultsPort;
import eu.ondernemerscheck.application.clients.port.out.StoredResultsPort.YearToStore;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing many client years' results at once, on PostgreSQL: a stored scheme missing from a year's new results loses
 * its current result unless the caller says no scheme of that year drops (a recompute, which read them first); then
 * the look for one is left out. Every written result goes into the history either way.
 */
@IntegrationTest
@WithMockUser(username = "boekhouder@vervangen.test", roles = "ACCOUNTANT")
class ReplaceStoredResultsTest {

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientFactsUseCase facts;
    @Autowired
    StoredResultsPort stored;
    @Autowired
    PlatformTransactionManager transactions;

    Firm firm;
    Client client;
    StoredResult kia;

    @BeforeEach
    void aClientYearWithKorAndKiaResults() {
        firm = AsAdministrator.provision(firms, "Vervangen " + UUID.randomUUID().toString().substring(0, 8));
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            client = register.register(new RegisterClientCommand("Drukkerij Vervangen", Country.NL, "bv"));
            facts.save(new SaveFactsCommand(client.id(), 2025, Map.of(
                    "nl-kor", Map.of("taxable_turnover_eur", new BigDecimal("19000")),
                    "nl-kia", Map.of("investment_total_eur", new BigDecimal("10000"))), 0));
            assertThat(facts.results(client.id(), 2025)).extracting(StoredResult::scheme)
                    .containsExactlyInAnyOrder("nl-kor", "nl-kia");
            kia = facts.results(client.id(), 2025).stream().filter(r -> r.scheme().equals("nl-kia")).findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void aYearThatMayDropASchemeLosesTheCurrentResultOfEveryStoredSchemeNotAmongItsNewOnes() {
        replace(new YearToStore(client.id(), 2025, List.of(kia), true));

        assertThat(schemesNow()).containsExactly("nl-kia");
        assertThat(historyOfKia()).isEqualTo(2);
    }

    @Test
    void withoutBeingToldTheStoreAssumesASchemeMayDrop() {
        replace(new YearToStore(client.id(), 2025, List.of(kia)));

        assertThat(schemesNow()).containsExactly("nl-kia");
    }

    @Test
    void aYearThatDropsNoSchemeHasItsResultsWrittenWithoutLookingForOneToDelete() {
        replace(new YearToStore(client.id(), 2025, List.of(kia), false));

        assertThat(schemesNow()).as("the caller said every stored scheme is among the new results: none is looked for")
                .containsExactlyInAnyOrder("nl-kor", "nl-kia");
        assertThat(historyOfKia()).isEqualTo(2);
    }

    private void replace(YearToStore year) {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            new TransactionTemplate(transactions).executeWithoutResult(status ->
                    stored.replaceAll(List.of(year), "test"));
        }
    }

    private List<String> schemesNow() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            return facts.results(client.id(), 2025).stream().map(StoredResult::scheme).toList();
        }
    }

    private long historyOfKia() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            return facts.history(client.id(), 2025).stream().filter(r -> r.scheme().equals("nl-kia")).count();
        }
    }
}
