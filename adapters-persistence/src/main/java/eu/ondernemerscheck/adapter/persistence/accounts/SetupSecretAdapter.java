package eu.ondernemerscheck.adapter.persistence.accounts;

import eu.ondernemerscheck.application.accounts.port.out.SetupSecretPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The single row of {@code platform.setup_secret}. */
@Component
class SetupSecretAdapter implements SetupSecretPort {

    private final JdbcTemplate jdbc;

    SetupSecretAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void replace(String secretHash, Instant issuedAt) {
        jdbc.update("insert into platform.setup_secret (id, secret_hash, issued_at) values (1, ?, ?)"
                + " on conflict (id) do update set secret_hash = excluded.secret_hash, issued_at = excluded.issued_at",
                secretHash, Timestamp.from(issuedAt));
    }

    @Override
    public Optional<String> lockCurrent() {
        return jdbc.queryForList("select secret_hash from platform.setup_secret where id = 1 for update", String.class)
                .stream().findFirst();
    }

    @Override
    public void clear() {
        jdbc.update("delete from platform.setup_secret");
    }
}
