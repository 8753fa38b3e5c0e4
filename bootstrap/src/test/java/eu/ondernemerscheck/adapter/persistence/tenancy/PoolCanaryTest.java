package eu.ondernemerscheck.adapter.persistence.tenancy;

import com.zaxxer.hikari.HikariDataSource;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.TwoFirms;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import javax.sql.DataSource;
import java.io.Serial;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * TC-08, the pool canary: one pooled connection (pool size 1, the application's pool settings otherwise: default
 * schema {@code no_tenant}) passes through firm A, firm B, no firm, an exception in the middle of a transaction, a
 * rollback and a read-only transaction; after each, the next borrower is where it should be. The same isolation
 * check fails with a deliberately broken schema switch (the negative control), so it can detect a leak.
 */
@IntegrationTest
class PoolCanaryTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource applicationPool;

    HikariDataSource onePool;
    TwoFirms firms;

    @BeforeEach
    void oneConnectionPool() {
        firms = TwoFirms.of(context);
        HikariDataSource app = (HikariDataSource) applicationPool;
        onePool = new HikariDataSource();
        onePool.setJdbcUrl(app.getJdbcUrl());
        onePool.setUsername(app.getUsername());
        onePool.setPassword(app.getPassword());
        onePool.setSchema(app.getSchema());
        onePool.setMaximumPoolSize(1);
        onePool.setPoolName("canary");
    }

    @AfterEach
    void closePool() {
        onePool.close();
    }

    @Test
    @DisplayName("TC-08 one pooled connection through A, B, no firm: each reads only its own")
    void theApplicationsSwitchKeepsEveryFirmToItselfOnOneConnection() throws SQLException {
        assertThat(applicationPool).isInstanceOf(HikariDataSource.class);
        assertThat(((HikariDataSource) applicationPool).getSchema()).isEqualTo(FirmSchemas.NO_TENANT);
        IsolationCheck.run(new SchemaPerFirmConnectionProvider(onePool), firms);
    }

    @Test
    @DisplayName("TC-08 exception mid-transaction, rollback, read-only: the next borrower is outside every firm")
    void afterAFailedARolledBackAndAReadOnlyTransactionTheConnectionIsBackOutsideEveryFirm() throws SQLException {
        SchemaPerFirmConnectionProvider provider = new SchemaPerFirmConnectionProvider(onePool);
        String a = firms.a.id().schemaName();

        Connection failing = provider.getConnection(a);
        failing.setAutoCommit(false);
        try (Statement s = failing.createStatement()) {
            assertThatThrownBy(() -> s.execute("select no_such_column from client")).isInstanceOf(SQLException.class);
            failing.rollback();
        } finally {
            provider.releaseConnection(a, failing);
        }
        assertNextBorrowerIsOutsideEveryFirm();

        Connection rolledBack = provider.getConnection(a);
        rolledBack.setAutoCommit(false);
        try (Statement s = rolledBack.createStatement()) {
            s.execute("set local search_path to " + firms.b.id().schemaName());
            rolledBack.rollback();
        } finally {
            provider.releaseConnection(a, rolledBack);
        }
        assertNextBorrowerIsOutsideEveryFirm();

        Connection readOnly = provider.getConnection(a);
        readOnly.setReadOnly(true);
        readOnly.setAutoCommit(false);
        try {
            assertThat(IsolationCheck.schema(readOnly)).isEqualTo(a);
            readOnly.commit();
        } finally {
            provider.releaseConnection(a, readOnly);
        }
        assertNextBorrowerIsOutsideEveryFirm();
        IsolationCheck.run(provider, firms);
    }

    @Test
    @DisplayName("TC-08 a connection returned to the pool without reset comes back outside every firm")
    void aConnectionClosedWhilePointingAtAFirmIsResetByThePool() throws SQLException {
        try (Connection c = onePool.getConnection()) {
            c.setSchema(firms.a.id().schemaName());
        }
        assertNextBorrowerIsOutsideEveryFirm();
    }

    private void assertNextBorrowerIsOutsideEveryFirm() throws SQLException {
        try (Connection next = onePool.getConnection()) {
            assertThat(IsolationCheck.schema(next)).isEqualTo(FirmSchemas.NO_TENANT);
        }
    }

    @Test
    @DisplayName("Negative control: a switch the pool cannot see and never undone makes the isolation check fail")
    void aLeakingSwitchIsCaughtByTheIsolationCheck() {
        assertThatThrownBy(() -> IsolationCheck.run(new LeakingProvider(onePool), firms))
                .isInstanceOf(AssertionError.class).hasMessageContaining("outside a firm");
    }

    @Test
    @DisplayName("Negative control: a provider that forgets to switch makes the isolation check fail")
    void aForgottenSwitchIsCaughtByTheIsolationCheck() {
        assertThatThrownBy(() -> IsolationCheck.run(new ForgetfulProvider(onePool), firms))
                .hasMessageContaining("does not exist");
    }

    /**
     * Deliberately broken: switches with a SQL statement the pool does not see (so the pool cannot undo it), never
     * switches back, and hands out connections outside a firm as the pool gives them.
     */
    static final class LeakingProvider extends ForgetfulProvider {
        @Serial
        private static final long serialVersionUID = 1L;

        LeakingProvider(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        public Connection getConnection(String tenant) throws SQLException {
            Connection c = getAnyConnection();
            try (Statement s = c.createStatement()) {
                s.execute("set search_path to " + FirmSchemas.checked(tenant));
            }
            return c;
        }
    }

    /** Deliberately broken: never switches at all. */
    static class ForgetfulProvider implements MultiTenantConnectionProvider<String> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final transient DataSource dataSource;

        ForgetfulProvider(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Connection getAnyConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void releaseAnyConnection(Connection connection) throws SQLException {
            connection.close();
        }

        @Override
        public Connection getConnection(String tenant) throws SQLException {
            return getAnyConnection();
        }

        @Override
        public void releaseConnection(String tenant, Connection connection) throws SQLException {
            connection.close();
        }

        @Override
        public boolean supportsAggressiveRelease() {
            return false;
        }

        @Override
        public boolean isUnwrappableAs(Class<?> unwrapType) {
            return false;
        }

        @Override
        public <T> T unwrap(Class<T> unwrapType) {
            throw new UnsupportedOperationException();
        }
    }
}
