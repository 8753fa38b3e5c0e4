package eu.ondernemerscheck.adapter.persistence.branding;

import eu.ondernemerscheck.application.branding.port.out.BrandingPort;
import eu.ondernemerscheck.domain.branding.BrandColour;
import eu.ondernemerscheck.domain.branding.Branding;
import eu.ondernemerscheck.domain.branding.LogoImage;
import eu.ondernemerscheck.domain.branding.LogoType;
import eu.ondernemerscheck.domain.shared.ChangedMeanwhileException;
import eu.ondernemerscheck.domain.shared.FirmId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads and writes {@code platform.firm_branding}, schema-qualified so it works whatever firm the connection is on.
 * A save names the version it started from; an insert races on the primary key and an update on the version, so two
 * accountants saving at once never overwrite each other silently.
 */
@Component
class BrandingAdapter implements BrandingPort {

    private static final RowMapper<Branding> BRANDING = (rs, n) -> {
        byte[] logo = rs.getBytes("logo");
        LogoImage image = logo == null ? null : new LogoImage(LogoType.valueOf(rs.getString("logo_type")), logo,
                rs.getInt("logo_width"), rs.getInt("logo_height"));
        return new Branding(rs.getString("display_name"), new BrandColour(rs.getString("colour")), image,
                rs.getLong("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    };

    private final JdbcTemplate jdbc;

    BrandingAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Branding> load(FirmId firm) {
        return jdbc.query("select * from platform.firm_branding where firm_id = ?", BRANDING, firm.value()).stream()
                .findFirst();
    }

    @Override
    public Branding save(FirmId firm, String displayName, BrandColour colour, LogoImage logo, long expectedVersion,
                         String by, Instant at) {
        byte[] bytes = logo == null ? null : logo.bytes();
        String type = logo == null ? null : logo.type().name();
        Integer width = logo == null ? null : logo.width();
        Integer height = logo == null ? null : logo.height();
        int changed;
        if (expectedVersion == 0) {
            changed = jdbc.update("insert into platform.firm_branding (firm_id, display_name, colour, logo, logo_type,"
                            + " logo_width, logo_height, updated_at, updated_by, version)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) on conflict (firm_id) do nothing",
                    firm.value(), displayName, colour.hex(), bytes, type, width, height, Timestamp.from(at), by);
        } else {
            changed = jdbc.update("update platform.firm_branding set display_name = ?, colour = ?, logo = ?,"
                            + " logo_type = ?, logo_width = ?, logo_height = ?, updated_at = ?, updated_by = ?,"
                            + " version = version + 1 where firm_id = ? and version = ?",
                    displayName, colour.hex(), bytes, type, width, height, Timestamp.from(at), by, firm.value(),
                    expectedVersion);
        }
        if (changed == 0) {
            Branding current = load(firm).orElseThrow(() -> new IllegalStateException(
                    "branding of firm " + firm.value() + " expected at version " + expectedVersion + " is missing"));
            throw new ChangedMeanwhileException(current.updatedBy(), current.updatedAt());
        }
        return load(firm).orElseThrow();
    }
}
