package eu.ondernemerscheck.adapter.persistence.proposals;

import eu.ondernemerscheck.application.clients.port.out.OpenProposalsPort;
import eu.ondernemerscheck.application.proposals.port.out.ProposalStorePort;
import eu.ondernemerscheck.domain.proposals.Proposal;
import eu.ondernemerscheck.domain.proposals.ProposalStatus;
import eu.ondernemerscheck.domain.shared.ChangedMeanwhileException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposals in the schema of the firm in the tenant context, on the connection of the firm's Hibernate session (the
 * schema is never named here). An update names the row version it started from and is refused when someone saved in
 * between.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ProposalStoreAdapter implements ProposalStorePort, OpenProposalsPort {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();
    private static final TypeReference<LinkedHashMap<String, Map<String, Object>>> ANSWERS = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashSet<String>> NAMES = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, client_id, year, number, status, answers, not_applicable, "
            + "accepted_fields, comment, created_at, updated_at, updated_by, submitted_at, decided_at, decided_by, "
            + "row_version";

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Proposal> latest(long clientId, int year) {
        return query("select " + COLUMNS + " from proposal where client_id = ? and year = ? order by number desc "
                + "limit 1", s -> {
                    s.setLong(1, clientId);
                    s.setInt(2, year);
                }).stream().findFirst();
    }

    @Override
    public Optional<Proposal> find(long id) {
        return query("select " + COLUMNS + " from proposal where id = ?", s -> s.setLong(1, id)).stream().findFirst();
    }

    @Override
    public Proposal insert(Proposal p) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into proposal (client_id, year, number, status, "
                    + "answers, not_applicable, accepted_fields, comment, created_at, updated_at, updated_by, "
                    + "submitted_at, decided_at, decided_by, row_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, 1) returning id")) {
                s.setLong(1, p.clientId());
                s.setInt(2, p.year());
                s.setInt(3, p.number());
                bindState(s, 4, p);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return load(c, rs.getLong(1)).orElseThrow();
                }
            } catch (SQLException e) {
                // two devices starting the same next version at once: the unique (client, year, number) decides
                if ("23505".equals(e.getSQLState())) {
                    throw new ChangedMeanwhileException(p.updatedBy(), p.updatedAt());
                }
                throw e;
            }
        });
    }

    @Override
    public Proposal update(Proposal p) {
        return work(c -> {
            int changed;
            try (PreparedStatement s = c.prepareStatement("update proposal set status = ?, answers = ?, "
                    + "not_applicable = ?, accepted_fields = ?, comment = ?, created_at = ?, updated_at = ?, "
                    + "updated_by = ?, submitted_at = ?, decided_at = ?, decided_by = ?, row_version = row_version + 1 "
                    + "where id = ? and row_version = ?")) {
                bindState(s, 1, p);
                s.setLong(12, p.id());
                s.setLong(13, p.rowVersion());
                changed = s.executeUpdate();
            }
            if (changed == 0) {
                Proposal now = load(c, p.id()).orElse(null);
                throw new ChangedMeanwhileException(now == null ? "iemand anders" : now.updatedBy(),
                        now == null ? p.updatedAt() : now.updatedAt());
            }
            return load(c, p.id()).orElseThrow();
        });
    }

    @Override
    public List<Proposal> withStatus(ProposalStatus status) {
        return query("select " + COLUMNS + " from proposal where status = ? order by submitted_at, id",
                s -> s.setString(1, status.name()));
    }

    @Override
    public List<Proposal> ofClient(long clientId) {
        return query("select " + COLUMNS + " from proposal where client_id = ? order by year desc, number desc",
                s -> s.setLong(1, clientId));
    }

    @Override
    public List<Integer> years(long clientId) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select distinct year from proposal where client_id = ? order by year desc")) {
                s.setLong(1, clientId);
                List<Integer> years = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        years.add(rs.getInt(1));
                    }
                }
                return years;
            }
        });
    }

    @Override
    public Map<Long, Integer> countPerClient(ProposalStatus status) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select client_id, count(*) from proposal where status = ? group by client_id")) {
                s.setString(1, status.name());
                Map<Long, Integer> counts = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    }
                }
                return counts;
            }
        });
    }

    /** Binds status to decided_by (11 parameters) from {@code at}. */
    private static void bindState(PreparedStatement s, int at, Proposal p) throws SQLException {
        s.setString(at, p.status().name());
        s.setString(at + 1, JSON.writeValueAsString(p.answers()));
        s.setString(at + 2, JSON.writeValueAsString(p.notApplicable()));
        s.setString(at + 3, JSON.writeValueAsString(p.acceptedFields()));
        s.setString(at + 4, p.comment());
        s.setTimestamp(at + 5, Timestamp.from(p.createdAt()));
        s.setTimestamp(at + 6, Timestamp.from(p.updatedAt()));
        s.setString(at + 7, p.updatedBy().isEmpty() ? "onbekend" : p.updatedBy());
        s.setTimestamp(at + 8, p.submittedAt() == null ? null : Timestamp.from(p.submittedAt()));
        s.setTimestamp(at + 9, p.decidedAt() == null ? null : Timestamp.from(p.decidedAt()));
        s.setString(at + 10, p.decidedBy());
    }

    private Optional<Proposal> load(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from proposal where id = ?")) {
            s.setLong(1, id);
            return read(s).stream().findFirst();
        }
    }

    private List<Proposal> query(String sql, Binder binder) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                binder.bind(s);
                return read(s);
            }
        });
    }

    private static List<Proposal> read(PreparedStatement s) throws SQLException {
        List<Proposal> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Proposal(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                        ProposalStatus.valueOf(rs.getString(5)), JSON.readValue(rs.getString(6), ANSWERS),
                        JSON.readValue(rs.getString(7), NAMES), JSON.readValue(rs.getString(8), NAMES),
                        rs.getString(9), instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)),
                        rs.getString(12), instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)),
                        rs.getString(15), rs.getLong(16)));
            }
        }
        return out;
    }

    /** Submitted proposals waiting for the accountant, per client of one portfolio page. */
    @Override
    public Map<Long, Integer> openProposals(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("select client_id, count(*) from proposal "
                    + "where status = 'SUBMITTED' and client_id = any (?) group by client_id")) {
                s.setArray(1, c.createArrayOf("bigint", clientIds.toArray()));
                Map<Long, Integer> counts = new HashMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    }
                }
                return counts;
            }
        });
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private <T> T work(SqlWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }
}
