package eu.ondernemerscheck.adapter.persistence.accounts;

import eu.ondernemerscheck.application.accounts.port.out.PasswordResetPort;
import eu.ondernemerscheck.application.accounts.port.out.SessionStandingPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** {@code platform.password_reset} and the sessions cut-off of an account, through plain SQL. */
@Component
class PasswordResetAdapter implements PasswordResetPort, SessionStandingPort {

    private static final RowMapper<ResetTarget> TARGET = (rs, n) -> new ResetTarget(rs.getLong("account_id"),
            rs.getString("email"), rs.getString("display_name"));

    private final JdbcTemplate jdbc;

    PasswordResetAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(String tokenHash, long accountId, Instant createdAt, Instant expiresAt) {
        jdbc.update("insert into platform.password_reset (token_hash, account_id, created_at, expires_at)"
                + " values (?, ?, ?, ?)", tokenHash, accountId, Timestamp.from(createdAt), Timestamp.from(expiresAt));
    }

    @Override
    public int madeSince(long accountId, Instant since) {
        Integer n = jdbc.queryForObject("select count(*) from platform.password_reset where account_id = ?"
                + " and created_at > ?", Integer.class, accountId, Timestamp.from(since));
        return n == null ? 0 : n;
    }

    @Override
    public Optional<ResetTarget> findUsable(String tokenHash, Instant now) {
        return jdbc.query("select r.account_id, u.email, u.display_name from platform.password_reset r"
                        + " join platform.app_user u on u.id = r.account_id"
                        + " where r.token_hash = ? and r.consumed_at is null and r.expires_at > ? and u.enabled",
                TARGET, tokenHash, Timestamp.from(now)).stream().findFirst();
    }

    @Override
    public Optional<ResetTarget> consume(String tokenHash, Instant now) {
        // one statement decides: a concurrent second update waits for the first, re-checks consumed_at and matches
        // nothing (PostgreSQL read committed re-evaluates the condition on the updated row)
        return jdbc.query("update platform.password_reset r set consumed_at = ? from platform.app_user u"
                        + " where u.id = r.account_id and r.token_hash = ? and r.consumed_at is null"
                        + " and r.expires_at > ? and u.enabled"
                        + " returning r.account_id, u.email, u.display_name", TARGET, Timestamp.from(now), tokenHash,
                Timestamp.from(now)).stream().findFirst();
    }

    @Override
    public void withdrawAll(long accountId, Instant now) {
        jdbc.update("update platform.password_reset set consumed_at = ? where account_id = ? and consumed_at is null",
                Timestamp.from(now), accountId);
    }

    @Override
    public void endSessionsBefore(long accountId, Instant moment) {
        jdbc.update("update platform.app_user set sessions_valid_from = ? where id = ?", Timestamp.from(moment),
                accountId);
    }

    @Override
    public boolean signInStillValid(long accountId, Instant signedInAt) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from platform.app_user where id = ?"
                + " and enabled and (sessions_valid_from is null or sessions_valid_from <= ?))", Boolean.class,
                accountId, Timestamp.from(signedInAt)));
    }
}
