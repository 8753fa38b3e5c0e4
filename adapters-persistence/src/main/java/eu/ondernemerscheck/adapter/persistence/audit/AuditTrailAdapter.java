package eu.ondernemerscheck.adapter.persistence.audit;

import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.domain.shared.FirmId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/** Appends to {@code platform.audit_event}; the table itself refuses every change to an existing entry. */
@Component
class AuditTrailAdapter implements RecordAuditPort {

    private final JdbcTemplate jdbc;

    AuditTrailAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(AuditEvent e) {
        jdbc.update("insert into platform.audit_event (occurred_at, actor_id, actor, firm_id, action, subject, before,"
                        + " after) values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))",
                Timestamp.from(e.at()), e.actorId(), cut(e.actor(), 320), e.firm() == null ? null : e.firm().value(),
                e.action(), cut(e.subject(), 500), e.before(), e.after());
    }

    @Override
    public List<AuditEvent> latest(int limit) {
        return jdbc.query("select occurred_at, actor_id, actor, firm_id, action, subject, before::text, after::text"
                        + " from platform.audit_event order by id desc limit ?",
                (rs, n) -> {
                    long actorId = rs.getLong(2);
                    Long actor = rs.wasNull() ? null : actorId;
                    long firmId = rs.getLong(4);
                    FirmId firm = rs.wasNull() ? null : new FirmId(firmId);
                    return new AuditEvent(rs.getTimestamp(1).toInstant(), actor, rs.getString(3), firm,
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                }, limit);
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() > max ? s.substring(0, max) : s;
    }
}
