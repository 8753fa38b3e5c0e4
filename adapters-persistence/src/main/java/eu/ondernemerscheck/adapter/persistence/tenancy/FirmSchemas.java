package eu.ondernemerscheck.adapter.persistence.tenancy;

import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.regex.Pattern;

/**
 * Creates and migrates a firm's own schema from the firm migrations ({@code db/migration/firm}), separately from the
 * platform schema. Schema names are derived from firm ids only and checked once more here before they reach SQL.
 */
@Component
class FirmSchemas {

    /** The schema every connection points at outside a firm's work: empty, so a missed switch finds nothing. */
    static final String NO_TENANT = "no_tenant";
    private static final Pattern FIRM_SCHEMA = Pattern.compile("firm_[1-9][0-9]{0,17}");

    private final DataSource dataSource;

    FirmSchemas(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static String checked(String schema) {
        if (!FIRM_SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a firm schema: " + schema);
        }
        return schema;
    }

    void migrate(String schema) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(checked(schema))
                .defaultSchema(schema)
                .createSchemas(true)
                .locations("classpath:db/migration/firm")
                .table("flyway_schema_history")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
