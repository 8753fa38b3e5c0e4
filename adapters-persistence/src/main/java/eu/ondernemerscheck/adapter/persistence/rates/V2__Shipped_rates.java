package eu.ondernemerscheck.adapter.persistence.rates;

import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.rules.ShippedRates;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Loads the reviewed rate data that ships with this release (the domain's rate tables) into the platform schema as
 * the first rate version. The class name follows Flyway's naming rule for versioned migrations.
 */
@SuppressWarnings("java:S101")
class V2__Shipped_rates extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        long version;
        try (PreparedStatement ps = c.prepareStatement("insert into platform.rate_version (label, note, published_by)"
                + " values (?, ?, 'release') returning id")) {
            ps.setString(1, ShippedRates.version());
            ps.setString(2, "Tarieven meegeleverd met de release, uit tax-rules.md met hun bronnen");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                version = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into platform.rate_value (parameter, category,"
                + " effective_from, effective_until, value, status, source_title, source_url, checked_on, note,"
                + " introduced_in) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RateValue v : ShippedRates.values()) {
                ps.setString(1, v.key().parameter());
                ps.setString(2, v.key().category());
                ps.setDate(3, Date.valueOf(v.effectiveFrom()));
                ps.setDate(4, Date.valueOf(v.effectiveUntil()));
                ps.setBigDecimal(5, v.value());
                ps.setString(6, v.status().code());
                ps.setString(7, v.source().title());
                ps.setString(8, v.source().url());
                ps.setDate(9, Date.valueOf(v.checkedOn()));
                ps.setString(10, v.note());
                ps.setLong(11, version);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
