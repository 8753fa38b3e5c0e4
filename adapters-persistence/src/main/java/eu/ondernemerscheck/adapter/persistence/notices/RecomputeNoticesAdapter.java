package eu.ondernemerscheck.adapter.persistence.notices;

import eu.ondernemerscheck.application.notices.port.out.RecomputeNoticesPort;
import eu.ondernemerscheck.domain.portfolio.RecomputeNotice;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The notices in {@code recompute_notice} of the firm in the tenant context (firm migration V7), through the
 * session's tenant connection so only that firm's schema is reached.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RecomputeNoticesAdapter implements RecomputeNoticesPort {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(RecomputeNotice notice) {
        work(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into recompute_notice (created_at, rate_changes,"
                    + " clients_changed, results_changed, largest_change, largest_text) values (?, ?, ?, ?, ?, ?)")) {
                s.setTimestamp(1, Timestamp.from(notice.at()));
                s.setString(2, cut(notice.rateChanges(), 4000));
                s.setInt(3, notice.clients());
                s.setInt(4, notice.results());
                if (notice.largestChange() == null) {
                    s.setNull(5, Types.NUMERIC);
                } else {
                    s.setBigDecimal(5, notice.largestChange());
                }
                s.setString(6, cut(notice.largestText(), 1000));
                return s.executeUpdate();
            }
        });
    }

    @Override
    public List<RecomputeNotice> latest(long accountId, int limit) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("select n.id, n.created_at, n.rate_changes,"
                    + " n.clients_changed, n.results_changed, n.largest_change, n.largest_text,"
                    + " r.notice_id is not null from recompute_notice n left join recompute_notice_read r"
                    + " on r.notice_id = n.id and r.account_id = ? order by n.created_at desc, n.id desc limit ?")) {
                s.setLong(1, accountId);
                s.setInt(2, limit);
                List<RecomputeNotice> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RecomputeNotice(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getInt(4), rs.getInt(5), rs.getBigDecimal(6), rs.getString(7),
                                rs.getBoolean(8)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public int unread(long accountId) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from recompute_notice n where not exists"
                    + " (select 1 from recompute_notice_read r where r.notice_id = n.id and r.account_id = ?)")) {
                s.setLong(1, accountId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public void markAllRead(long accountId, Instant at) {
        work(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into recompute_notice_read (notice_id, account_id,"
                    + " read_at) select id, ?, ? from recompute_notice on conflict do nothing")) {
                s.setLong(1, accountId);
                s.setTimestamp(2, Timestamp.from(at));
                return s.executeUpdate();
            }
        });
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private <T> T work(SqlWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
