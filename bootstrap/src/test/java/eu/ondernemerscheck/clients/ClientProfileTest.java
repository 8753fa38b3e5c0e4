package eu.ondernemerscheck.clients;

import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.ClientProfileUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.clients.port.in.SaveProfileCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.ClientProfile;
import eu.ondernemerscheck.domain.portfolio.Partner;
import eu.ondernemerscheck.domain.portfolio.UnknownClientException;
import eu.ondernemerscheck.domain.portfolio.VatPosition;
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
import org.springframework.security.test.context.support.WithMockUser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A client's profile on the real database: partners and shares, optimistic locking, the firm's own clients only. */
@IntegrationTest
@WithMockUser(username = "boekhouder@profiel.test", roles = "ACCOUNTANT")
class ClientProfileTest {

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientProfileUseCase profiles;
    @Autowired
    ClientFactsUseCase facts;

    Firm firm;
    Client client;

    @BeforeEach
    void aFirmWithOnePartnership() {
        firm = AsAdministrator.provision(firms, "Profiel " + UUID.randomUUID().toString().substring(0, 8));
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            client = register.register(new RegisterClientCommand("Vof De Twee", Country.NL, "vof"));
        }
    }

    SaveProfileCommand change(long version, List<Partner> partners) {
        return new SaveProfileCommand(client.id(), "Vof De Twee", Country.NL, "vof", VatPosition.KOR,
                LocalDate.of(2019, 3, 1), partners, version);
    }

    @Test
    void theProfileIsSavedWithPartnersAndSharesAndANewVersion() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            ClientProfile opened = profiles.profile(client.id());
            assertThat(opened.vatPosition()).isEqualTo(VatPosition.UNKNOWN);

            ClientProfile saved = profiles.save(change(opened.version(), List.of(
                    new Partner("Anna", new BigDecimal("0.6")), new Partner("Bram", new BigDecimal("0.4")))));

            assertThat(saved.version()).isEqualTo(opened.version() + 1);
            ClientProfile reread = profiles.profile(client.id());
            assertThat(reread.vatPosition()).isEqualTo(VatPosition.KOR);
            assertThat(reread.startDate()).isEqualTo(LocalDate.of(2019, 3, 1));
            assertThat(reread.partners()).extracting(Partner::name).containsExactly("Anna", "Bram");
            assertThat(reread.partners().getFirst().share()).isEqualByComparingTo("0.6");
            assertThat(reread.updatedBy()).isEqualTo("boekhouder@profiel.test");
        }
    }

    @Test
    void aSaveFromAnOldVersionIsRefusedNamingWhoChangedItAndChangesNothing() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            long opened = profiles.profile(client.id()).version();
            profiles.save(change(opened, List.of()));

            assertThatThrownBy(() -> profiles.save(change(opened, List.of(new Partner("Anna", BigDecimal.ONE)))))
                    .isInstanceOfSatisfying(ChangedMeanwhileException.class,
                            e -> assertThat(e.changedBy()).isEqualTo("boekhouder@profiel.test"));
            assertThat(profiles.profile(client.id()).partners()).isEmpty();
        }
    }

    @Test
    void sharesThatDoNotAddUpToAHundredPercentAreRefusedInPlainWords() {
        assertThatThrownBy(() -> change(1, List.of(new Partner("Anna", new BigDecimal("0.5")),
                new Partner("Bram", new BigDecimal("0.4")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::message).anyMatch(m -> m.contains("samen 100%, nu 90%")));
        assertThat(change(1, List.of(new Partner("A", new BigDecimal("0.333333")),
                new Partner("B", new BigDecimal("0.333333")), new Partner("C", new BigDecimal("0.333334")))))
                .isNotNull();
    }

    @Test
    void theCountryCannotChangeOnceTheClientHasFacts() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            facts.save(new SaveFactsCommand(client.id(), 2025,
                    Map.of("nl-kia", Map.of("investment_total_eur", new BigDecimal("5000"))), 0));
            long version = profiles.profile(client.id()).version();
            assertThatThrownBy(() -> profiles.save(new SaveProfileCommand(client.id(), "Vof De Twee", Country.BE,
                    "vof", VatPosition.EXEMPT, null, List.of(), version)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("country"));
        }
    }

    @Test
    void anotherFirmsClientIdIsNotFoundLikeAMissingOne() {
        Firm other = AsAdministrator.provision(firms, "Ander " + UUID.randomUUID().toString().substring(0, 8));
        try (TenantContext.Scope ignored = TenantContext.enter(other.id())) {
            assertThatThrownBy(() -> profiles.profile(client.id())).isInstanceOf(UnknownClientException.class);
            assertThatThrownBy(() -> profiles.save(change(1, List.of())))
                    .isInstanceOf(UnknownClientException.class);
            assertThatThrownBy(() -> profiles.profile(Long.MAX_VALUE)).isInstanceOf(UnknownClientException.class);
        }
    }
}
