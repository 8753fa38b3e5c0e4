package eu.ondernemerscheck.adapter.persistence.rates;

import eu.ondernemerscheck.application.rates.port.out.RecomputeQueuePort;
import eu.ondernemerscheck.domain.shared.FirmId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.OptionalLong;

/** The recompute list in {@code platform.rate_recompute} (migration V8); the claim is a row lock that others skip. */
@Component
class RecomputeQueueAdapter implements RecomputeQueuePort {

    private final JdbcTemplate jdbc;

    RecomputeQueueAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void requestEveryFirm() {
        jdbc.update("insert into platform.rate_recompute (firm_id, publication, requested_at)"
                + " select f.id, (select coalesce(max(publication), 0) from platform.rate_version), now()"
                + " from platform.firm f on conflict (firm_id) do update set publication = excluded.publication,"
                + " requested_at = excluded.requested_at, failed_for = null, problem = ''");
    }

    @Override
    public List<FirmId> waitingFirms() {
        return jdbc.query("select firm_id from platform.rate_recompute where done < publication"
                + " and failed_for is null order by requested_at, firm_id", (rs, n) -> new FirmId(rs.getLong(1)));
    }

    @Override
    public OptionalLong claim(FirmId firm) {
        List<Long> target = jdbc.query("select publication from platform.rate_recompute where firm_id = ?"
                + " and done < publication and failed_for is null for update skip locked", (rs, n) -> rs.getLong(1), firm.value());
        return target.isEmpty() ? OptionalLong.empty() : OptionalLong.of(target.getFirst());
    }

    @Override
    public List<String> publicationsWaitingFor(FirmId firm) {
        // a draft's label ends with the moment it was made, in brackets: the accountant needs the change, not that
        return jdbc.query("select regexp_replace(v.label, ' \\([^)]*\\)$', '') from platform.rate_version v"
                + " join platform.rate_recompute r on r.firm_id = ? where v.publication > r.done"
                + " and v.publication <= r.publication order by v.publication", (rs, n) -> rs.getString(1),
                firm.value());
    }

    @Override
    public void done(FirmId firm, long publication, int results) {
        jdbc.update("update platform.rate_recompute set done = ?, finished_at = now(), results = ?"
                + " where firm_id = ?", publication, results, firm.value());
    }

    @Override
    public void failed(FirmId firm, String problem) {
        String p = problem == null ? "" : problem;
        jdbc.update("update platform.rate_recompute set failed_for = publication, problem = ? where firm_id = ?",
                p.length() > 1000 ? p.substring(0, 1000) : p, firm.value());
    }

    @Override
    public void retryFailed() {
        jdbc.update("update platform.rate_recompute set failed_for = null, problem = '' where failed_for is not null");
    }

    @Override
    public Progress progress() {
        return jdbc.queryForObject("select count(*), count(*) filter (where done < publication and failed_for is null),"
                + " count(*) filter (where failed_for is not null) from platform.rate_recompute",
                (rs, n) -> new Progress(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
    }
}
