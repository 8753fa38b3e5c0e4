package eu.ondernemerscheck.clients;

import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.PortfolioUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.RemoveSchemeCommand;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.clients.port.in.SavedFacts;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.PortfolioQuery;
import eu.ondernemerscheck.domain.portfolio.PortfolioRow;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.portfolio.UnknownClientException;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.ChangedMeanwhileException;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Taking a scheme out of a client's year: the facts of the other schemes stay, the year is recomputed, the scheme's
 * result is no longer current (its history stays), the portfolio row and signals follow, and the change is audited
 * and refused from a stale version like any other fact change.
 */
@IntegrationTest
@WithMockUser(username = "boekhouder@weghalen.test", roles = "ACCOUNTANT")
class RemoveSchemeTest {

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientFactsUseCase facts;
    @Autowired
    PortfolioUseCase portfolio;
    @Autowired
    JdbcTemplate jdbc;

    Firm firm;
    Client client;
    SavedFacts saved;

    @BeforeEach
    void aClientWithKorAndKiaFacts() {
        firm = AsAdministrator.provision(firms, "Weghalen " + UUID.randomUUID().toString().substring(0, 8));
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            client = register.register(new RegisterClientCommand("Bakkerij Weghalen", Country.NL, "eenmanszaak"));
            saved = facts.save(new SaveFactsCommand(client.id(), 2025, Map.of(
                    "nl-kor", Map.of("taxable_turnover_eur", new BigDecimal("19000")),
                    "nl-kia", Map.of("investment_total_eur", new BigDecimal("10000"))), 0));
        }
    }

    @Test
    void removingASchemeClearsItsFactsEndsItsCurrentResultAndTheSignalsAndIsAudited() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            assertThat(facts.results(client.id(), 2025)).extracting(StoredResult::scheme)
                    .containsExactlyInAnyOrder("nl-kor", "nl-kia");
            PortfolioRow before = portfolio.clients(PortfolioQuery.all(2025), 0, 10).getFirst();
            assertThat(before.topSignalEur()).as("KOR threshold signal of 21% of 19,000")
                    .isEqualByComparingTo("3990.00");

            SavedFacts after = facts.removeScheme(new RemoveSchemeCommand(client.id(), 2025, "nl-kor",
                    saved.facts().version()));

            assertThat(after.facts().version()).isEqualTo(saved.facts().version() + 1);
            assertThat(facts.facts(client.id(), 2025).answers()).containsOnlyKeys("nl-kia");
            assertThat(facts.facts(client.id(), 2025).answers("nl-kia").get("investment_total_eur").toString())
                    .isEqualTo("10000");
            assertThat(facts.results(client.id(), 2025)).extracting(StoredResult::scheme).containsExactly("nl-kia");
            assertThat(facts.history(client.id(), 2025)).extracting(StoredResult::scheme)
                    .as("the KOR result stays in the history").contains("nl-kor");
            PortfolioRow row = portfolio.clients(PortfolioQuery.all(2025), 0, 10).getFirst();
            assertThat(row.kiaEur()).isEqualByComparingTo("2800.00");
            assertThat(row.fitText()).doesNotContain("KOR");
            assertThat(portfolio.clientSignals(client.id(), 2025)).noneMatch(s -> s.scheme().equals("nl-kor"));
        }
        assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where firm_id = ? and action = "
                + "'client.facts.scheme_removed' and subject = ? and actor = 'boekhouder@weghalen.test' "
                + "and before::text like '%taxable_turnover_eur%'", Integer.class, firm.id().value(),
                "client " + client.id() + " year 2025")).isOne();
    }

    @Test
    void removingTheLastSchemeLeavesTheYearWithoutFactsOrCurrentResults() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            SavedFacts first = facts.removeScheme(new RemoveSchemeCommand(client.id(), 2025, "nl-kor",
                    saved.facts().version()));
            facts.removeScheme(new RemoveSchemeCommand(client.id(), 2025, "nl-kia", first.facts().version()));

            assertThat(facts.facts(client.id(), 2025).answers()).isEmpty();
            assertThat(facts.results(client.id(), 2025)).isEmpty();
            PortfolioRow row = portfolio.clients(PortfolioQuery.all(2025), 0, 10).getFirst();
            assertThat(row.kiaEur()).isNull();
            assertThat(row.topSignal()).isEmpty();
        }
    }

    @Test
    void aStaleVersionIsRefusedNamingWhoChangedItAndNothingIsRemoved() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            long opened = saved.facts().version();
            facts.save(new SaveFactsCommand(client.id(), 2025, Map.of(
                    "nl-kor", Map.of("taxable_turnover_eur", new BigDecimal("18000")),
                    "nl-kia", Map.of("investment_total_eur", new BigDecimal("10000"))), opened));

            assertThatThrownBy(() -> facts.removeScheme(new RemoveSchemeCommand(client.id(), 2025, "nl-kor", opened)))
                    .isInstanceOfSatisfying(ChangedMeanwhileException.class,
                            e -> assertThat(e.changedBy()).isEqualTo("boekhouder@weghalen.test"));
            assertThat(facts.facts(client.id(), 2025).answers()).containsOnlyKeys("nl-kor", "nl-kia");
        }
    }

    @Test
    void aSchemeWithoutFactsAnUnsavedYearAndAnotherFirmsClientAreRefusedPlainly() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            assertThatThrownBy(() -> facts.removeScheme(new RemoveSchemeCommand(client.id(), 2025, "nl-mileage",
                    saved.facts().version())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst()
                            .message()).isEqualTo("Deze regeling heeft in 2025 geen gegevens."));
            assertThatThrownBy(() -> new RemoveSchemeCommand(client.id(), 2024, "nl-kor", 0))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> new RemoveSchemeCommand(client.id(), 2025, " ", 1))
                    .isInstanceOf(InvalidInputException.class);
        }
        Firm other = AsAdministrator.provision(firms, "Ander " + UUID.randomUUID().toString().substring(0, 8));
        try (TenantContext.Scope ignored = TenantContext.enter(other.id())) {
            assertThatThrownBy(() -> facts.removeScheme(new RemoveSchemeCommand(client.id(), 2025, "nl-kor", 1)))
                    .isInstanceOf(UnknownClientException.class);
        }
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            assertThat(facts.facts(client.id(), 2025).answers()).containsOnlyKeys("nl-kor", "nl-kia");
        }
    }

    @Test
    void aClientAccountCannotRemoveASchemeFromItsYear() {
        SecurityContext accountant = SecurityContextHolder.getContext();
        SecurityContext asClient = SecurityContextHolder.createEmptyContext();
        asClient.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("klant@weghalen.test", null,
                List.of(new SimpleGrantedAuthority("ROLE_CLIENT"))));
        SecurityContextHolder.setContext(asClient);
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            assertThatThrownBy(() -> facts.removeScheme(new RemoveSchemeCommand(client.id(), 2025, "nl-kor", 1)))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(accountant);
        }
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            assertThat(facts.facts(client.id(), 2025).answers()).containsOnlyKeys("nl-kor", "nl-kia");
        }
    }
}
