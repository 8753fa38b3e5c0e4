package eu.ondernemerscheck.adapter.persistence.tenancy;

import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.support.TwoFirms;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The isolation check run on a connection provider the way Hibernate uses it: firm A reads its clients, then firm B
 * on what may be the very same pooled connection, then a unit of work outside any firm. A reads only A's, B only B's,
 * and outside a firm there is no client table at all (security.md §4.3, pool canary).
 */
final class IsolationCheck {

    private IsolationCheck() {
    }

    static void run(MultiTenantConnectionProvider<String> provider, TwoFirms f) throws SQLException {
        readsOnlyItsOwn(provider, f.a, f.markerA(), f.markerB());
        readsOnlyItsOwn(provider, f.b, f.markerB(), f.markerA());
        readsOnlyItsOwn(provider, f.a, f.markerA(), f.markerB());
        Connection outside = provider.getAnyConnection();
        try {
            assertThat(schema(outside)).as("schema outside a firm").isEqualTo(FirmSchemas.NO_TENANT);
            assertThatThrownBy(() -> names(outside)).as("a client table outside a firm")
                    .hasMessageContaining("does not exist");
        } finally {
            provider.releaseAnyConnection(outside);
        }
    }

    private static void readsOnlyItsOwn(MultiTenantConnectionProvider<String> provider, Firm firm, String own,
                                        String foreign) throws SQLException {
        String tenant = firm.id().schemaName();
        Connection c = provider.getConnection(tenant);
        try {
            List<String> names = names(c);
            assertThat(names).as("clients read for %s", tenant).isNotEmpty().allMatch(n -> n.contains(own))
                    .noneMatch(n -> n.contains(foreign));
        } finally {
            provider.releaseConnection(tenant, c);
        }
    }

    static String schema(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> names(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select name from client order by id")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
