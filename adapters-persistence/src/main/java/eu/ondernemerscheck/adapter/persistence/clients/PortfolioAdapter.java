package eu.ondernemerscheck.adapter.persistence.clients;

import eu.ondernemerscheck.application.clients.port.out.PortfolioPort;
import eu.ondernemerscheck.domain.portfolio.FirmSignal;
import eu.ondernemerscheck.domain.portfolio.PortfolioQuery;
import eu.ondernemerscheck.domain.portfolio.PortfolioRow;
import eu.ondernemerscheck.domain.portfolio.Signal;
import eu.ondernemerscheck.domain.portfolio.SignalKind;
import eu.ondernemerscheck.domain.portfolio.YearOverview;
import eu.ondernemerscheck.domain.rules.Country;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The portfolio in the schema of the firm in the tenant context: one overview row and the signals per client and year,
 * written when results are stored, read a page at a time. Sorting, filtering and searching happen in the database
 * with limit and offset, so an open portfolio holds only the rows on screen (issue 8: 5,000 clients).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PortfolioAdapter implements PortfolioPort {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void storeReview(YearOverview overview, Instant at) {
        storeReviews(List.of(overview), at);
    }

    /**
     * Three statements for any number of years, each from arrays (a column per array): the overviews in one upsert;
     * the signals written over the stored ones of the same rank in one upsert, and the ranks a year no longer has
     * removed in one delete (firm V9: a rewrite in place touches no index).
     */
    @Override
    public void storeReviews(List<YearOverview> overviews, Instant at) {
        if (overviews.isEmpty()) {
            return;
        }
        String when = at.toString();
        work(c -> {
            // the years' keys and signal counts, encoded once for the overviews and the signals' delete
            long[] clientIds = Columns.longs(overviews, YearOverview::clientId);
            int[] years = Columns.ints(overviews, YearOverview::year);
            int[] signalCounts = Columns.ints(overviews, o -> o.signals().size());
            try (PreparedStatement s = c.prepareStatement("insert into client_overview (client_id, year, fit, "
                    + "fit_text, kia_eur, vaa_eur, car_costs_eur, provisional, signal_count, top_signal, "
                    + "top_signal_eur, computed_at) select client_id, year, fit, fit_text, kia::numeric, vaa::numeric, "
                    + "car::numeric, provisional, signal_count, top_signal, top_eur::numeric, ?::timestamptz "
                    + "from unnest(?::int8[], ?::int4[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
                    + "?::bool[], ?::int4[], ?::text[], ?::text[]) as o (client_id, year, fit, fit_text, kia, vaa, "
                    + "car, provisional, signal_count, top_signal, top_eur) "
                    + "on conflict (client_id, year) do update set fit = excluded.fit, fit_text = excluded.fit_text, "
                    + "kia_eur = excluded.kia_eur, vaa_eur = excluded.vaa_eur, car_costs_eur = excluded.car_costs_eur, "
                    + "provisional = excluded.provisional, signal_count = excluded.signal_count, "
                    + "top_signal = excluded.top_signal, top_signal_eur = excluded.top_signal_eur, "
                    + "computed_at = excluded.computed_at")) {
                s.setString(1, when);
                s.setObject(2, clientIds);
                s.setObject(3, years);
                s.setObject(4, Columns.texts(overviews, o -> o.fit() == null ? "" : o.fit() ? "YES" : "NO"));
                s.setObject(5, Columns.texts(overviews, YearOverview::fitText));
                s.setObject(6, Columns.amounts(overviews, YearOverview::kiaEur));
                s.setObject(7, Columns.amounts(overviews, YearOverview::vaaEur));
                s.setObject(8, Columns.amounts(overviews, YearOverview::carCostsEur));
                s.setObject(9, Columns.flags(overviews, YearOverview::provisional));
                s.setObject(10, signalCounts);
                s.setObject(11, Columns.texts(overviews, o -> o.topSignal() == null ? ""
                        : o.topSignal().kind().label() + ": " + o.topSignal().message()));
                s.setObject(12, Columns.amounts(overviews, o -> o.topSignal() == null ? null : o.topSignal().euro()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("delete from client_signal s using unnest(?::int8[], "
                    + "?::int4[], ?::int4[]) as y (client_id, year, kept) where s.client_id = y.client_id "
                    + "and s.year = y.year and s.position >= y.kept")) {
                s.setObject(1, clientIds);
                s.setObject(2, years);
                s.setObject(3, signalCounts);
                s.executeUpdate();
            }
            // the signals of all years in one list, with each signal's rank within its year
            List<Signal> signals = new ArrayList<>();
            int[] positions = new int[IntStream.of(signalCounts).sum()];
            for (YearOverview overview : overviews) {
                for (int position = 0; position < overview.signals().size(); position++) {
                    positions[signals.size()] = position;
                    signals.add(overview.signals().get(position));
                }
            }
            if (signals.isEmpty()) {
                return null;
            }
            try (PreparedStatement s = c.prepareStatement("insert into client_signal (client_id, year, position, kind, "
                    + "scheme, field, euro, due_date, message, computed_at) select client_id, year, position, kind, "
                    + "scheme, field, euro::numeric, due::date, message, ?::timestamptz from unnest(?::int8[], "
                    + "?::int4[], ?::int4[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as g "
                    + "(client_id, year, position, kind, scheme, field, euro, due, message) "
                    + "on conflict (client_id, year, position) do update set kind = excluded.kind, "
                    + "scheme = excluded.scheme, field = excluded.field, euro = excluded.euro, "
                    + "due_date = excluded.due_date, message = excluded.message, computed_at = excluded.computed_at")) {
                s.setString(1, when);
                s.setObject(2, Columns.longs(signals, Signal::clientId));
                s.setObject(3, Columns.ints(signals, Signal::year));
                s.setObject(4, positions);
                s.setObject(5, Columns.texts(signals, g -> g.kind().name()));
                s.setObject(6, Columns.texts(signals, Signal::scheme));
                s.setObject(7, Columns.texts(signals, Signal::field));
                s.setObject(8, Columns.amounts(signals, Signal::euro));
                s.setObject(9, Columns.texts(signals, g -> g.due() == null ? null : g.due().toString()));
                s.setObject(10, Columns.texts(signals, g -> g.message().length() > 1000
                        ? g.message().substring(0, 1000) : g.message()));
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<PortfolioRow> page(PortfolioQuery query, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(query.year());
        // the top signal is stored as "label: sentence" (storeReview); a row carries only the label
        String sql = "select c.id, c.name, c.country, c.legal_form, o.fit_text, o.kia_eur, o.vaa_eur, o.car_costs_eur, "
                + "split_part(o.top_signal, ': ', 1), o.top_signal_eur, coalesce(o.signal_count, 0), "
                + "coalesce(o.provisional, false) "
                + "from client c left join client_overview o on o.client_id = c.id and o.year = ?"
                + where(query, params) + " order by " + order(query) + " limit ? offset ?";
        params.add(limit);
        params.add(offset);
        return work(c -> {
            try (PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
                List<PortfolioRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new PortfolioRow(rs.getLong(1), rs.getString(2), Country.valueOf(rs.getString(3)),
                            shared(rs.getString(4)), shared(rs.getString(5)), rs.getBigDecimal(6),
                            rs.getBigDecimal(7), rs.getBigDecimal(8), shared(rs.getString(9)), rs.getBigDecimal(10),
                            rs.getInt(11), rs.getBoolean(12), null));
                }
                return rows;
            }
        });
    }

    /**
     * One copy of a text that many rows repeat (a legal form, the fit text, a signal's label): an open portfolio keeps
     * the rows on screen, and these few values would otherwise be held once per row (issue 8, docs/performance.md).
     */
    private static String shared(String text) {
        return text == null ? null : text.intern();
    }

    @Override
    public int count(PortfolioQuery query) {
        List<Object> params = new ArrayList<>();
        params.add(query.year());
        String sql = "select count(*) from client c left join client_overview o on o.client_id = c.id and o.year = ?"
                + where(query, params);
        return work(c -> {
            try (PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public List<String> legalForms() {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select distinct legal_form from client where legal_form <> '' order by legal_form limit 100");
                 ResultSet rs = s.executeQuery()) {
                List<String> forms = new ArrayList<>();
                while (rs.next()) {
                    forms.add(rs.getString(1));
                }
                return forms;
            }
        });
    }

    @Override
    public List<Signal> clientSignals(long clientId, int year) {
        return signalsWhere("s.client_id = ? and s.year = ?", List.of(clientId, year), 0, 100).stream()
                .map(FirmSignal::signal).toList();
    }

    @Override
    public List<FirmSignal> signals(int year, int offset, int limit) {
        return signalsWhere("s.year = ?", List.of(year), offset, limit);
    }

    private List<FirmSignal> signalsWhere(String condition, List<Object> values, int offset, int limit) {
        List<Object> params = new ArrayList<>(values);
        params.add(limit);
        params.add(offset);
        return work(c -> {
            try (PreparedStatement s = prepare(c, "select c.name, s.client_id, s.year, s.kind, s.scheme, "
                    + "s.field, s.euro, s.due_date, s.message from client_signal s join client c on c.id = s.client_id "
                    + "where " + condition + " order by s.euro desc, s.due_date nulls last, s.client_id, s.position "
                    + "limit ? offset ?",
                    params)) {
                List<FirmSignal> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Date due = rs.getDate(8);
                        out.add(new FirmSignal(rs.getString(1), new Signal(rs.getLong(2), rs.getInt(3),
                                SignalKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                                rs.getBigDecimal(7), due == null ? null : due.toLocalDate(), rs.getString(9))));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public int countSignals(int year) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from client_signal where year = ?")) {
                s.setInt(1, year);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static String where(PortfolioQuery q, List<Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (!q.search().isEmpty()) {
            where.append(" and lower(c.name) like ? escape '\\'");
            params.add("%" + q.search().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (q.country() != null) {
            where.append(" and c.country = ?");
            params.add(q.country().name());
        }
        if (!q.legalForm().isEmpty()) {
            where.append(" and c.legal_form = ?");
            params.add(q.legalForm());
        }
        if (q.withSignal() != null) {
            where.append(q.withSignal() ? " and o.signal_count > 0" : " and coalesce(o.signal_count, 0) = 0");
        }
        return where.toString();
    }

    /** Every order ends on the name and id, so pages never overlap or skip a row between requests. */
    private static String order(PortfolioQuery q) {
        String dir = q.descending() ? " desc" : " asc";
        String tail = "lower(c.name)" + dir + ", c.id" + dir;
        return switch (q.sort()) {
            case NAME -> tail;
            case COUNTRY -> "c.country" + dir + ", " + tail;
            case LEGAL_FORM -> "lower(c.legal_form)" + dir + ", " + tail;
            case FIT -> "o.fit" + dir + " nulls last, " + tail;
            case KIA -> "o.kia_eur" + dir + " nulls last, " + tail;
            case VAA -> "o.vaa_eur" + dir + " nulls last, " + tail;
            case CAR_COSTS -> "o.car_costs_eur" + dir + " nulls last, " + tail;
            case TOP_SIGNAL -> "o.top_signal_eur" + dir + " nulls last, " + tail;
        };
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
        return s;
    }

    private <T> T work(SqlWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
