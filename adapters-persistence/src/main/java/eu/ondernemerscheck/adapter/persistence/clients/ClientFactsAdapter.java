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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
    public List<YearFacts> loadAll(Collection<Long> clientIds) {
        return readAll(clientIds, " for update");
    }

    @Override
    public List<YearFacts> peekAll(Collection<Long> clientIds) {
        return readAll(clientIds, "");
    }

    private List<YearFacts> readAll(Collection<Long> clientIds, String locking) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("select client_id, year, answers, version, updated_at, "
                    + "updated_by from client_year where client_id = any(?) order by client_id, year desc"
                    + locking)) {
                s.setObject(1, Columns.ids(clientIds));
                List<YearFacts> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new YearFacts(rs.getLong(1), rs.getInt(2), JSON.readValue(rs.getString(3), ANSWERS),
                                rs.getLong(4), rs.getTimestamp(5).toInstant(), rs.getString(6)));
                    }
                }
                return out;
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
        replaceAll(List.of(new YearToStore(clientId, year, results)), reason);
    }

    /**
     * Three statements for any number of years, each from arrays (a column per array), instead of three per year: the
     * results of schemes no longer among the new ones go in one delete (left out when no year may drop a scheme: in a
     * recompute, where that delete found nothing, it took about 6 % of the database's time); the new ones are written
     * over the old ones of the same scheme in one upsert, which leaves the rows' keys as they were and so spares the
     * database the foreign key check of a fresh row (half the cost of an insert, measured for issue 9); their history
     * rows in one insert.
     */
    @Override
    public void replaceAll(List<YearToStore> years, String reason) {
        if (years.isEmpty()) {
            return;
        }
        List<StoredResult> all = years.stream().flatMap(y -> y.results().stream()).toList();
        List<YearToStore> mayDrop = years.stream().filter(YearToStore::mayDropSchemes).toList();
        work(c -> {
            Object[] columns = resultColumns(all);
            if (!mayDrop.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("delete from client_result r using unnest(?::int8[], "
                        + "?::int4[]) as y (client_id, year) where r.client_id = y.client_id and r.year = y.year "
                        + "and (r.client_id, r.year, r.scheme) not in (select * from unnest(?::int8[], ?::int4[], "
                        + "?::text[]))")) {
                    s.setObject(1, Columns.longs(mayDrop, YearToStore::clientId));
                    s.setObject(2, Columns.ints(mayDrop, YearToStore::year));
                    s.setObject(3, columns[0]);
                    s.setObject(4, columns[1]);
                    s.setObject(5, columns[2]);
                    s.executeUpdate();
                }
            }
            if (all.isEmpty()) {
                return null;
            }
            try (PreparedStatement s = c.prepareStatement("insert into client_result (" + RESULT_COLUMNS + ") "
                    + "select client_id, year, scheme, output, figure::numeric, figure_text, rate_version, "
                    + "provisional, pending, problem, computed_at::timestamptz from unnest(?::int8[], ?::int4[], "
                    + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bool[], ?::bool[], ?::text[], "
                    + "?::text[]) as r (client_id, year, scheme, output, figure, figure_text, rate_version, "
                    + "provisional, pending, problem, computed_at) on conflict (client_id, year, scheme) do update "
                    + "set output = excluded.output, figure = excluded.figure, figure_text = excluded.figure_text, "
                    + "rate_version = excluded.rate_version, provisional = excluded.provisional, "
                    + "pending = excluded.pending, problem = excluded.problem, computed_at = excluded.computed_at")) {
                for (int i = 0; i < 8; i++) {
                    s.setObject(i + 1, columns[i]);
                }
                s.setObject(9, Columns.flags(all, StoredResult::pending));
                s.setObject(10, columns[8]);
                s.setObject(11, columns[9]);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into client_result_history (client_id, year, "
                    + "scheme, output, figure, figure_text, rate_version, provisional, problem, computed_at, reason) "
                    + "select client_id, year, scheme, output, figure::numeric, figure_text, rate_version, "
                    + "provisional, problem, computed_at::timestamptz, ? from unnest(?::int8[], ?::int4[], "
                    + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bool[], ?::text[], ?::text[]) as r "
                    + "(client_id, year, scheme, output, figure, figure_text, rate_version, provisional, problem, "
                    + "computed_at)")) {
                s.setString(1, reason);
                for (int i = 0; i < columns.length; i++) {
                    s.setObject(i + 2, columns[i]);
                }
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<StoredResult> currentOf(Collection<Long> clientIds) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("select " + RESULT_COLUMNS + " from client_result "
                    + "where client_id = any(?) order by client_id, year, scheme")) {
                s.setObject(1, Columns.ids(clientIds));
                return results(s);
            }
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

    /**
     * The ten columns a current result and its history row share, one array each and encoded once for the three
     * statements: client, year, scheme, output, figure, figure text, rate version, provisional, problem, computed at.
     */
    private static Object[] resultColumns(List<StoredResult> all) {
        return new Object[] {
                Columns.longs(all, StoredResult::clientId),
                Columns.ints(all, StoredResult::year),
                Columns.texts(all, StoredResult::scheme),
                Columns.texts(all, StoredResult::output),
                Columns.amounts(all, StoredResult::figure),
                Columns.texts(all, StoredResult::figureText),
                Columns.texts(all, StoredResult::rateVersion),
                Columns.flags(all, StoredResult::provisional),
                Columns.texts(all, StoredResult::problem),
                Columns.texts(all, r -> r.computedAt().toString())};
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
                return results(s);
            }
        });
    }

    private static List<StoredResult> results(PreparedStatement s) throws SQLException {
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

    private <T> T work(SqlWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
