package eu.ondernemerscheck.adapter.persistence.embedded;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The default database when no {@code spring.datasource.url} is given: a real PostgreSQL that the application starts
 * and stops itself, keeping its data in {@code ondernemerscheck.db.dir} between runs, with PostgreSQL's durable
 * defaults for commits and writes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "ondernemerscheck";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${ondernemerscheck.db.dir}") String dataDir,
                                      @Value("${ondernemerscheck.db.port:0}") int port) {
        Path dir = usableDirectory(Path.of(dataDir).toAbsolutePath());
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("timezone", "UTC")
                    // the library starts PostgreSQL as tests want it, without fsync and with commits acknowledged
                    // before they are on disk; this database holds firms' real data, so a save is on disk when the
                    // screen says so, and a power cut cannot leave the data files broken
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            createDatabaseOnce(postgres);
            LOG.info("Embedded PostgreSQL started on port {} with its data in {}", postgres.getPort(), dir);
            return postgres;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new EmbeddedDatabaseProblem("de ingebouwde PostgreSQL start niet in " + dir + " (" + e.getMessage()
                    + "). Kies een lege, beschrijfbare map met --ondernemerscheck.db.dir=/pad/naar/map of geef een "
                    + "externe database op met --spring.datasource.url.", e);
        }
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        ds.setUsername("postgres");
        return ds;
    }

    private static Path usableDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new EmbeddedDatabaseProblem("de datamap " + dir + " kan niet worden aangemaakt. Kies een "
                    + "beschrijfbare map met --ondernemerscheck.db.dir=/pad/naar/map.", e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new EmbeddedDatabaseProblem("de datamap " + dir + " is niet beschrijfbaar. Kies een beschrijfbare "
                    + "map met --ondernemerscheck.db.dir=/pad/naar/map.", null);
        }
        return dir;
    }

    private static void createDatabaseOnce(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        }
    }
}
