package eu.ondernemerscheck.adapter.persistence.invitations;

import eu.ondernemerscheck.application.invitations.port.out.InvitationStorePort;
import eu.ondernemerscheck.application.invitations.port.out.InvitedAccountPort;
import eu.ondernemerscheck.application.invitations.port.out.NewInvitation;
import eu.ondernemerscheck.application.invitations.port.out.PendingInvitation;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** {@code platform.invitation} and the accounts made from it, through plain SQL. */
@Component
class InvitationPersistenceAdapter implements InvitationStorePort, InvitedAccountPort {

    private static final RowMapper<PendingInvitation> PENDING = (rs, n) -> {
        long client = rs.getLong("client_id");
        Long clientId = rs.wasNull() ? null : client;
        return new PendingInvitation(rs.getLong("id"), new FirmId(rs.getLong("firm_id")), rs.getString("firm_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), clientId,
                rs.getTimestamp("expires_at").toInstant());
    };

    private final JdbcTemplate jdbc;

    InvitationPersistenceAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(NewInvitation i) {
        jdbc.update("insert into platform.invitation (token_hash, firm_id, email, role, client_id, invited_by,"
                        + " created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)", i.tokenHash(), i.firm().value(),
                i.email(), i.role().name(), i.clientId(), i.invitedBy(), Timestamp.from(i.createdAt()),
                Timestamp.from(i.expiresAt()));
    }

    @Override
    public Optional<PendingInvitation> findUsable(String tokenHash, Instant now) {
        return jdbc.query("select i.id, i.firm_id, f.name as firm_name, i.email, i.role, i.client_id, i.expires_at"
                        + " from platform.invitation i join platform.firm f on f.id = i.firm_id"
                        + " where i.token_hash = ? and i.consumed_at is null and i.expires_at > ?", PENDING,
                tokenHash, Timestamp.from(now)).stream().findFirst();
    }

    @Override
    public Optional<PendingInvitation> consume(String tokenHash, Instant now) {
        // one statement decides: a concurrent second update waits for the first, re-checks consumed_at and matches
        // nothing (PostgreSQL read committed re-evaluates the condition on the updated row)
        return jdbc.query("update platform.invitation i set consumed_at = ? from platform.firm f"
                        + " where f.id = i.firm_id and i.token_hash = ? and i.consumed_at is null and i.expires_at > ?"
                        + " returning i.id, i.firm_id, f.name as firm_name, i.email, i.role, i.client_id,"
                        + " i.expires_at", PENDING, Timestamp.from(now), tokenHash, Timestamp.from(now))
                .stream().findFirst();
    }

    @Override
    public boolean accountExists(String normalisedEmail) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from platform.app_user where email"
                + " = ?)", Boolean.class, normalisedEmail));
    }

    @Override
    public long createAccount(String normalisedEmail, String displayName, String passwordHash, Role role,
                              FirmId firm, Long clientId) {
        Long id = jdbc.queryForObject("insert into platform.app_user (email, display_name, password_hash, role,"
                        + " firm_id, client_id) values (?, ?, ?, ?, ?, ?) returning id", Long.class, normalisedEmail,
                displayName, passwordHash, role.name(), firm.value(), clientId);
        return id == null ? 0 : id;
    }
}
