package eu.ondernemerscheck.adapter.persistence.tenancy;

import eu.ondernemerscheck.application.firms.port.in.ListFirmsUseCase;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.TwoFirms;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * TC-30: a firm's schema name never comes from what anyone types. It is made from the firm's id on the server, and
 * anything that does not look exactly like one is refused before it reaches SQL.
 */
@IntegrationTest
class SchemaNameInjectionTest {

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    ListFirmsUseCase list;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @ParameterizedTest(name = "TC-30 refused schema name: {0}")
    @ValueSource(strings = {"a\"; DROP SCHEMA firm_1; --", "firm_1; drop schema platform cascade", "FIRM_1",
            "firm_０１", "firm_1234567890123456789", "firm_0", "no_tenant", "platform", "public", "firm_1 ",
            "firm_12345678901234567890123456789012345678901234567890123456789012345"})
    void anythingButAGeneratedFirmSchemaNameIsRefused(String name) {
        assertThatThrownBy(() -> FirmSchemas.checked(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("TC-30 a firm named like an injection gets a generated schema and its name stays text")
    void aFirmNamedLikeAnInjectionIsStoredAsTextWithAGeneratedSchema() {
        TwoFirms fixture = TwoFirms.of(context);
        String evil = "Kantoor\"; DROP SCHEMA " + fixture.b.id().schemaName() + " CASCADE; --";

        Firm made = AsAdministrator.provision(firms, evil);

        assertThat(made.name()).isEqualTo(evil);
        assertThat(jdbc.queryForObject("select schema_name from platform.firm where id = ?", String.class,
                made.id().value())).isEqualTo("firm_" + made.id().value());
        assertThat(jdbc.queryForObject("select count(*) from information_schema.schemata where schema_name = ?",
                Long.class, fixture.b.id().schemaName())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from " + fixture.b.id().schemaName() + ".client",
                Long.class)).isEqualTo(fixture.clientsOfB.size());
        assertThat(AsAdministrator.run(() -> list.listFirms())).extracting(Firm::name).contains(evil);
    }
}
