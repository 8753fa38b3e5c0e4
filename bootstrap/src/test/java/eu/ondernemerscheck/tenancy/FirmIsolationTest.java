package eu.ondernemerscheck.tenancy;

import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.application.clients.port.in.ListClientsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmCommand;
import eu.ondernemerscheck.support.AsAdministrator;
import org.springframework.security.access.AccessDeniedException;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two firms, each in its own schema: what one writes, the other never sees. */
@IntegrationTest
@WithMockUser(roles = "ACCOUNTANT")
class FirmIsolationTest {

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ListClientsUseCase list;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClientWrittenInOneFirmIsInvisibleToAnother() {
        Firm a = AsAdministrator.provision(firms, "Kantoor Alfa");
        Firm b = AsAdministrator.provision(firms, "Kantoor Beta");

        try (TenantContext.Scope ignored = TenantContext.enter(a.id())) {
            register.register(new RegisterClientCommand("Alleen van Alfa", Country.NL, "bv"));
        }
        List<Client> seenByB;
        try (TenantContext.Scope ignored = TenantContext.enter(b.id())) {
            seenByB = list.listClients();
        }
        List<Client> seenByA;
        try (TenantContext.Scope ignored = TenantContext.enter(a.id())) {
            seenByA = list.listClients();
        }

        assertThat(seenByA).extracting(Client::name).containsExactly("Alleen van Alfa");
        assertThat(seenByB).isEmpty();
    }

    @Test
    void clientIdsRestartInEveryFirmSoAnIdAloneNeverReachesAnotherFirm() {
        Firm a = AsAdministrator.provision(firms, "Kantoor Gamma");
        Firm b = AsAdministrator.provision(firms, "Kantoor Delta");
        Client inA;
        Client inB;
        try (TenantContext.Scope ignored = TenantContext.enter(a.id())) {
            inA = register.register(new RegisterClientCommand("Gamma's klant", Country.BE, ""));
        }
        try (TenantContext.Scope ignored = TenantContext.enter(b.id())) {
            inB = register.register(new RegisterClientCommand("Delta's klant", Country.NL, ""));
            assertThat(list.listClients()).extracting(Client::name).containsExactly("Delta's klant");
        }
        assertThat(inA.id()).isEqualTo(inB.id());
    }

    @Test
    void onlyAnAdministratorCreatesFirms() {
        assertThatThrownBy(() -> firms.provision(new ProvisionFirmCommand("Kantoor Zeta")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withoutAFirmInContextTheServiceRefuses() {
        TenantContext.clear();
        assertThatThrownBy(() -> list.listClients()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConnectionOutsideAFirmPointsAtAnEmptySchemaSoAMissedSwitchFindsNoClientTable() {
        AsAdministrator.provision(firms, "Kantoor Epsilon");
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo("no_tenant");
        assertThatThrownBy(() -> jdbc.queryForList("select * from client"))
                .rootCause().hasMessageContaining("relation \"client\" does not exist");
    }
}
