package eu.ondernemerscheck.adapter.persistence.tenancy;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

import javax.sql.DataSource;
import java.io.Serial;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Hands Hibernate a connection pointed at the schema of the firm in the tenant context, and points it back at the
 * empty schema before it returns to the pool, so the next borrower never inherits a firm.
 */
class SchemaPerFirmConnectionProvider implements MultiTenantConnectionProvider<String> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient DataSource dataSource;

    SchemaPerFirmConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setSchema(FirmSchemas.NO_TENANT);
        return c;
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenant) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setSchema(FirmTenantResolver.NO_FIRM.equals(tenant) ? FirmSchemas.NO_TENANT : FirmSchemas.checked(tenant));
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    @Override
    public void releaseConnection(String tenant, Connection connection) throws SQLException {
        try {
            pointOutsideEveryFirm(connection);
        } finally {
            connection.close();
        }
    }

    /**
     * On PostgreSQL the switch is itself a statement: outside auto-commit it opens a transaction the pool does not
     * see, and rolling that back would undo the switch (security.md §4.1, pool state). So work its owner left
     * uncommitted is rolled back first, and the switch is committed on its own, leaving the connection idle.
     */
    private static void pointOutsideEveryFirm(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            connection.rollback();
        }
        connection.setSchema(FirmSchemas.NO_TENANT);
        if (!autoCommit) {
            connection.commit();
        }
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
        throw new UnsupportedOperationException("not unwrappable");
    }
}
