package eu.ondernemerscheck.adapter.persistence.accounts;

import eu.ondernemerscheck.application.accounts.port.out.LoadAccountPort;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.accounts.port.out.StoredAccount;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Accounts in the platform schema. */
@Component
class AccountPersistenceAdapter implements LoadAccountPort, SaveAccountPort {

    private final JdbcTemplate jdbc;

    AccountPersistenceAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredAccount> findByEmail(String normalisedEmail) {
        return jdbc.query("select id, email, display_name, password_hash, role, firm_id, enabled"
                        + " from platform.app_user where email = ?",
                (rs, n) -> {
                    long firm = rs.getLong(6);
                    boolean noFirm = rs.wasNull();
                    return new StoredAccount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Role.valueOf(rs.getString(5)), noFirm ? null : new FirmId(firm), rs.getBoolean(7));
                }, normalisedEmail).stream().findFirst();
    }

    @Override
    public boolean anyAccountExists() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from platform.app_user)",
                Boolean.class));
    }

    @Override
    public boolean anyAdminExists() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from platform.app_user where role"
                + " = 'ADMIN')", Boolean.class));
    }

    @Override
    public long create(String normalisedEmail, String displayName, String passwordHash, Role role, FirmId firm) {
        Long id = jdbc.queryForObject("insert into platform.app_user (email, display_name, password_hash, role,"
                        + " firm_id) values (?, ?, ?, ?, ?) returning id", Long.class, normalisedEmail, displayName,
                passwordHash, role.name(), firm == null ? null : firm.value());
        return id == null ? 0 : id;
    }

    @Override
    public void updatePasswordHash(long accountId, String passwordHash) {
        jdbc.update("update platform.app_user set password_hash = ?, version = version + 1 where id = ?", passwordHash,
                accountId);
    }
}
