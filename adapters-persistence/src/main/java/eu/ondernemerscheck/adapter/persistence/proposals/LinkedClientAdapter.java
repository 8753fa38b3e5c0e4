package eu.ondernemerscheck.adapter.persistence.proposals;

import eu.ondernemerscheck.application.proposals.port.out.LinkedClientPort;
import eu.ondernemerscheck.domain.shared.FirmId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Reads the client link of an account from the platform schema, only for an active client account of that firm. */
@Component
class LinkedClientAdapter implements LinkedClientPort {

    private final JdbcTemplate jdbc;

    LinkedClientAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> clientOf(long accountId, FirmId firm) {
        List<Long> found = jdbc.queryForList("select client_id from platform.app_user where id = ? and firm_id = ? "
                + "and role = 'CLIENT' and enabled and client_id is not null", Long.class, accountId, firm.value());
        return found.stream().findFirst();
    }

    @Override
    public void link(long accountId, FirmId firm, long clientId) {
        int changed = jdbc.update("update platform.app_user set client_id = ? where id = ? and firm_id = ? "
                + "and role = 'CLIENT'", clientId, accountId, firm.value());
        if (changed != 1) {
            throw new IllegalStateException("no client account " + accountId + " in firm " + firm.value());
        }
    }
}
