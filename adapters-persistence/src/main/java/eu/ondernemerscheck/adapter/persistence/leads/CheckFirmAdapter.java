package eu.ondernemerscheck.adapter.persistence.leads;

import eu.ondernemerscheck.application.selfcheck.port.out.LoadCheckFirmPort;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.FirmId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Reads a firm from the platform register (schema-qualified, so it works whatever schema the connection is on). */
@Component
class CheckFirmAdapter implements LoadCheckFirmPort {

    private static final RowMapper<Firm> FIRM = (rs, n) -> new Firm(new FirmId(rs.getLong(1)),
            rs.getObject(2, UUID.class), rs.getString(3));

    private final JdbcTemplate jdbc;

    CheckFirmAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Firm> findByPublicId(UUID publicId) {
        return jdbc.query("select id, public_id, name from platform.firm where public_id = ?", FIRM, publicId)
                .stream().findFirst();
    }

    @Override
    public Optional<Firm> findById(FirmId id) {
        return jdbc.query("select id, public_id, name from platform.firm where id = ?", FIRM, id.value())
                .stream().findFirst();
    }
}
