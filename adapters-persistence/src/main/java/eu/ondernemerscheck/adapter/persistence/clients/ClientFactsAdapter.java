package eu.ondernemerscheck.adapter.persistence.clients;

import eu.ondernemerscheck.application.clients.port.out.ClientFactsPort;
import eu.ondernemerscheck.application.clients.port.out.StoredResultsPort;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.portfolio.YearFacts;
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
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facts per client and year, and the results kept from them, in the schema of the firm in the tenant context. The
 * statements run on the connection of the firm's Hibernate session, so the schema is never named here. Facts are one
 * JSON document per year; a save names the version it started from and is refused when someone saved in between.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ClientFactsAdapter implements ClientFactsPort, StoredResultsPort {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();
    private static final TypeReference<LinkedHashMap<String, Map<String, Object>>> ANSWERS = new TypeReference<>() {
    };
    private static final String RESULT_COLUMNS = "client_id, year, scheme, output, figure, figure_text, "
            + "rate_version, provisional, pending, problem, computed_at";

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<YearFacts> load(long clientId, int year) {
        return work(c -> load(c, clientId, year));
    }

    @Override
    public List<Integer> years(long clientId) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select year from client_year where client_id = ? order by year desc")) {
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
    public YearFacts save(long clientId, int year, Map<String, Map<String, Object>> answers, long expectedVersion,
                          String by, Instant at) {
        String json = JSON.writeValueAsString(answers);
        return work(c -> {
            String sql = expectedVersion == 0
                    ? "insert into client_year (answers, updated_at, updated_by, client_id, year, version) "
                      + "values (?, ?, ?, ?, ?, 1) on conflict do nothing"
                    : "update client_year set answers = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                      + "where client_id = ? and year = ? and version = ?";
            int changed;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, json);
                s.setTimestamp(2, Timestamp.from(at));
                s.setString(3, by);
                s.setLong(4, clientId);
                s.setInt(5, year);
                if (expectedVersion != 0) {
                    s.setLong(6, expectedVersion);
                }
                changed = s.executeUpdate();
            }
            if (changed == 0) {
                YearFacts current = load(c, clientId, year).orElse(null);
                if (current == null) {
                    throw new ChangedMeanwhileException("iemand anders", at);
                }
                throw new ChangedMeanwhileException(current.updatedBy(), current.updatedAt());
            }
            return load(c, clientId, year).orElseThrow();
        });
    }

    @Override
    public void replace(long clientId, int year, List<StoredResult> results, String reason) {
        work(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "delete from client_result where client_id = ? and year = ?")) {
                s.setLong(1, clientId);
                s.setInt(2, year);
                s.executeUpdate();
            }
            try (PreparedStatement current = c.prepareStatement("insert into client_result (" + RESULT_COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement history = c.prepareStatement("insert into client_result_history (client_id, "
                         + "year, scheme, output, figure, figure_text, rate_version, provisional, problem, "
                         + "computed_at, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (StoredResult r : results) {
                    bindResult(current, r);
                    current.setBoolean(9, r.pending());
                    current.setString(10, r.problem());
                    current.setTimestamp(11, Timestamp.from(r.computedAt()));
                    current.addBatch();
                    bindResult(history, r);
                    history.setString(9, r.problem());
                    history.setTimestamp(10, Timestamp.from(r.computedAt()));
                    history.setString(11, reason);
                    history.addBatch();
                }
                current.executeBatch();
                history.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<StoredResult> current(long clientId, int year) {
        return readResults("select " + RESULT_COLUMNS + " from client_result where client_id = ? and year = ? "
                + "order by scheme", clientId, year);
    }

    @Override
    public List<StoredResult> history(long clientId, int year) {
        return readResults("select client_id, year, scheme, output, figure, figure_text, rate_version, provisional, "
                + "false, problem, computed_at from client_result_history where client_id = ? and year = ? "
                + "order by id", clientId, year);
    }

    private static void bindResult(PreparedStatement s, StoredResult r) throws SQLException {
        s.setLong(1, r.clientId());
        s.setInt(2, r.year());
        s.setString(3, r.scheme());
        s.setString(4, r.output());
        if (r.figure() == null) {
            s.setNull(5, Types.NUMERIC);
        } else {
            s.setBigDecimal(5, r.figure());
        }
        s.setString(6, r.figureText());
        s.setString(7, r.rateVersion());
        s.setBoolean(8, r.provisional());
    }

    private Optional<YearFacts> load(Connection c, long clientId, int year) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select answers, version, updated_at, updated_by "
                + "from client_year where client_id = ? and year = ?")) {
            s.setLong(1, clientId);
            s.setInt(2, year);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new YearFacts(clientId, year, JSON.readValue(rs.getString(1), ANSWERS),
                        rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4)));
            }
        }
    }

    private List<StoredResult> readResults(String sql, long clientId, int year) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, clientId);
                s.setInt(2, year);
                List<StoredResult> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredResult(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                                rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                                rs.getBoolean(9), rs.getString(10), rs.getTimestamp(11).toInstant()));
                    }
                }
                return out;
            }
        });
    }

    private <T> T work(SqlWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
