package eu.ondernemerscheck.adapter.persistence.accounts;

import eu.ondernemerscheck.application.accounts.port.out.SignInAttemptsPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Failed sign-ins in the platform schema, so every node of a cluster throttles on the same counts. Rows older than a
 * day serve no rule and are pruned as new failures arrive.
 */
@Component
class SignInAttemptsAdapter implements SignInAttemptsPort {

    private final JdbcTemplate jdbc;

    SignInAttemptsAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void recordFailure(String accountKey, String address, Instant at) {
        jdbc.update("insert into platform.sign_in_failure (account_key, address, failed_at) values (?, ?, ?)",
                accountKey, address, Timestamp.from(at));
        jdbc.update("delete from platform.sign_in_failure where failed_at < ?",
                Timestamp.from(at.minus(Duration.ofDays(1))));
    }

    @Override
    public List<Instant> accountFailuresSince(String accountKey, Instant since) {
        return jdbc.query("select failed_at from platform.sign_in_failure where account_key = ? and failed_at > ?"
                        + " order by failed_at", (rs, n) -> rs.getTimestamp(1).toInstant(), accountKey,
                Timestamp.from(since));
    }

    @Override
    public List<Instant> addressFailuresSince(String address, Instant since) {
        return jdbc.query("select failed_at from platform.sign_in_failure where address = ? and failed_at > ?"
                        + " order by failed_at", (rs, n) -> rs.getTimestamp(1).toInstant(), address,
                Timestamp.from(since));
    }

    @Override
    public void clearAccount(String accountKey) {
        jdbc.update("delete from platform.sign_in_failure where account_key = ?", accountKey);
    }
}
