package eu.ondernemerscheck.clients;

import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.clients.port.in.SavedFacts;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.portfolio.UnknownClientException;
import eu.ondernemerscheck.domain.portfolio.YearFacts;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.ChangedMeanwhileException;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

/** A client's facts per year on the real database: saved whole, versioned, checked, and recomputed on every save. */
@IntegrationTest
@WithMockUser(username = "boekhouder@alfa.test", roles = "ACCOUNTANT")
class ClientFactsTest {

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientFactsUseCase facts;

    Firm firm;
    Client client;

    @BeforeEach
    void aFirmWithOneDutchClient() {
        firm = AsAdministrator.provision(firms, "Feiten " + UUID.randomUUID().toString().substring(0, 8));
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            client = register.register(new RegisterClientCommand("Bakkerij Jansen", Country.NL, "eenmanszaak"));
        }
    }

    @Test
    void savingFactsStoresThemWithAVersionAndKeepsEachSchemesResultWithItsRateVersion() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            assertThat(facts.facts(client.id(), 2025).saved()).isFalse();

            SavedFacts saved = facts.save(new SaveFactsCommand(client.id(), 2025, Map.of(
                    "nl-kia", Map.of("investment_total_eur", new BigDecimal("2901")),
                    "nl-kor", Map.of("taxable_turnover_eur", new BigDecimal("15000"),
                            "exempt_real_estate_eur", new BigDecimal("4000"),
                            "other_exempt_eur", new BigDecimal("3000"))), 0));

            assertThat(saved.facts().version()).isEqualTo(1);
            // KIA-02 of the sample cases: 28% of 2,901 = 812.28
            StoredResult kia = result(facts.results(client.id(), 2025), "nl-kia");
            assertThat(kia.figure()).isEqualByComparingTo("812.28");
            assertThat(kia.figureText()).isEqualTo("€ 812,28");
            assertThat(kia.rateVersion()).isNotBlank();
            assertThat(result(facts.results(client.id(), 2025), "nl-kor").computed()).isTrue();
            YearFacts reread = facts.facts(client.id(), 2025);
            assertThat(reread.answers("nl-kia").get("investment_total_eur").toString()).isEqualTo("2901");
            assertThat(reread.updatedBy()).isEqualTo("boekhouder@alfa.test");
            assertThat(facts.years(client.id())).containsExactly(2025);
        }
    }

    @Test
    void aSecondSaveFromAnOldVersionIsRefusedNamingWhoChangedItAndChangesNothing() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            facts.save(new SaveFactsCommand(client.id(), 2025,
                    Map.of("nl-kia", Map.of("investment_total_eur", new BigDecimal("2901"))), 0));
            facts.save(new SaveFactsCommand(client.id(), 2025,
                    Map.of("nl-kia", Map.of("investment_total_eur", new BigDecimal("3000"))), 1));

            assertThatThrownBy(() -> facts.save(new SaveFactsCommand(client.id(), 2025,
                    Map.of("nl-kia", Map.of("investment_total_eur", new BigDecimal("9999"))), 1)))
                    .isInstanceOfSatisfying(ChangedMeanwhileException.class,
                            e -> assertThat(e.changedBy()).isEqualTo("boekhouder@alfa.test"));
            assertThatThrownBy(() -> facts.save(new SaveFactsCommand(client.id(), 2025,
                    Map.of("nl-kia", Map.of("investment_total_eur", new BigDecimal("9999"))), 0)))
                    .isInstanceOf(ChangedMeanwhileException.class);

            assertThat(facts.facts(client.id(), 2025).version()).isEqualTo(2);
            assertThat(result(facts.results(client.id(), 2025), "nl-kia").figure()).isEqualByComparingTo("840.00");
            assertThat(facts.history(client.id(), 2025)).extracting(StoredResult::figure)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("812.28"), new BigDecimal("840.00"));
        }
    }

    @Test
    void invalidFactsAreRefusedFieldByFieldAndNothingIsStored() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            assertThatThrownBy(() -> facts.save(new SaveFactsCommand(client.id(), 2025, Map.of(
                    "nl-kia", Map.of("investment_total_eur", new BigDecimal("-5")),
                    "be-vat-exemption", Map.of()), 0)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field)
                            .contains("nl-kia.investment_total_eur", "be-vat-exemption"));

            assertThat(facts.facts(client.id(), 2025).saved()).isFalse();
            assertThat(facts.results(client.id(), 2025)).isEmpty();
        }
    }

    @Test
    void aYearWithoutRatesKeepsTheFactsAndSaysWhyThereIsNoFigure() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            facts.save(new SaveFactsCommand(client.id(), 2040,
                    Map.of("nl-kia", Map.of("investment_total_eur", new BigDecimal("2901"))), 0));

            StoredResult kia = result(facts.results(client.id(), 2040), "nl-kia");
            assertThat(kia.figure()).isNull();
            assertThat(kia.problem()).contains("geen tarief");
        }
    }

    @Test
    void anotherFirmCannotReachTheClientEvenWithTheSameId() {
        Firm other = AsAdministrator.provision(firms, "Ander " + UUID.randomUUID().toString().substring(0, 8));
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            facts.save(new SaveFactsCommand(client.id(), 2025,
                    Map.of("nl-kia", Map.of("investment_total_eur", new BigDecimal("2901"))), 0));
        }
        try (TenantContext.Scope ignored = TenantContext.enter(other.id())) {
            assertThatThrownBy(() -> facts.facts(client.id(), 2025)).isInstanceOf(UnknownClientException.class);
            assertThatThrownBy(() -> facts.results(client.id(), 2025)).isInstanceOf(UnknownClientException.class);
        }
    }

    @Test
    void aClientAccountCannotUseTheAccountantsFacts() {
        SecurityContext accountant = SecurityContextHolder.getContext();
        SecurityContext asClient = SecurityContextHolder.createEmptyContext();
        asClient.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("klant@alfa.test", null,
                List.of(new SimpleGrantedAuthority("ROLE_CLIENT"))));
        SecurityContextHolder.setContext(asClient);
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            assertThatThrownBy(() -> facts.facts(client.id(), 2025)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> facts.save(new SaveFactsCommand(client.id(), 2025, Map.of(), 0)))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(accountant);
        }
    }

    private static StoredResult result(List<StoredResult> results, String scheme) {
        return results.stream().filter(r -> r.scheme().equals(scheme)).findFirst().orElseThrow();
    }
}
