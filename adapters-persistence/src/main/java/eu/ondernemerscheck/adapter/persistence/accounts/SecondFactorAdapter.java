package eu.ondernemerscheck.adapter.persistence.accounts;

import eu.ondernemerscheck.application.accounts.port.out.SecondFactorPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Authenticator secrets and recovery codes in the platform schema. Whether a step or a recovery code is still unused
 * is decided by the update itself, so concurrent requests with the same code cannot both succeed.
 */
@Component
class SecondFactorAdapter implements SecondFactorPort {

    private final JdbcTemplate jdbc;

    SecondFactorAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> secret(long accountId) {
        return jdbc.query("select totp_secret from platform.second_factor where account_id = ?",
                (rs, n) -> rs.getString(1), accountId).stream().findFirst();
    }

    @Override
    @Transactional
    public boolean enrol(long accountId, String base32Secret, long usedStep, List<String> recoveryCodeHashes,
                         Instant at) {
        int inserted = jdbc.update("insert into platform.second_factor (account_id, totp_secret, last_used_step,"
                + " enrolled_at) values (?, ?, ?, ?) on conflict (account_id) do nothing", accountId, base32Secret,
                usedStep, Timestamp.from(at));
        if (inserted == 0) {
            return false;
        }
        jdbc.update("delete from platform.recovery_code where account_id = ?", accountId);
        for (String hash : recoveryCodeHashes) {
            jdbc.update("insert into platform.recovery_code (account_id, code_hash) values (?, ?)", accountId, hash);
        }
        return true;
    }

    @Override
    public boolean useStep(long accountId, long step) {
        return jdbc.update("update platform.second_factor set last_used_step = ? where account_id = ?"
                + " and last_used_step < ?", step, accountId, step) == 1;
    }

    @Override
    public List<StoredRecoveryCode> unusedRecoveryCodes(long accountId) {
        return jdbc.query("select id, code_hash from platform.recovery_code where account_id = ? and used_at is null"
                + " order by id", (rs, n) -> new StoredRecoveryCode(rs.getLong(1), rs.getString(2)), accountId);
    }

    @Override
    public boolean useRecoveryCode(long recoveryCodeId, Instant at) {
        return jdbc.update("update platform.recovery_code set used_at = ? where id = ? and used_at is null",
                Timestamp.from(at), recoveryCodeId) == 1;
    }
}
