package eu.ondernemerscheck.adapter.persistence.exchange;

import eu.ondernemerscheck.application.exchange.port.out.ImportClientsPort;
import eu.ondernemerscheck.application.exchange.port.out.LoadPortfolioPort;
import eu.ondernemerscheck.domain.exchange.ImportRow;
import eu.ondernemerscheck.domain.exchange.PortfolioLine;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.rules.Country;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/** Stores imported clients in batches and reads the portfolio with each client's latest stored results. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ClientExchangeAdapter implements ImportClientsPort, LoadPortfolioPort {

    /** Rows per JDBC batch, which is also how often progress is told. */
    static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Override
    public long importAll(List<ImportRow> rows, int skipped, String fileDigest, String mode, String by,
                          java.time.Instant at, IntConsumer progress) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            long importId;
            try (PreparedStatement s = c.prepareStatement("insert into client_import (imported_at, imported_by,"
                    + " file_sha256, mode, clients_added, lines_skipped) values (?, ?, ?, ?, ?, ?) returning id")) {
                s.setTimestamp(1, Timestamp.from(at));
                s.setString(2, by);
                s.setString(3, fileDigest);
                s.setString(4, mode);
                s.setInt(5, rows.size());
                s.setInt(6, skipped);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    importId = rs.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into client (name, country, legal_form, imported_in) values (?, ?, ?, ?)")) {
                int done = 0;
                for (ImportRow row : rows) {
                    s.setString(1, row.name());
                    s.setString(2, row.country().name());
                    s.setString(3, row.legalForm());
                    s.setLong(4, importId);
                    s.addBatch();
                    done++;
                    if (done % BATCH == 0) {
                        s.executeBatch();
                        progress.accept(done);
                    }
                }
                s.executeBatch();
                progress.accept(done);
            }
            return importId;
        });
    }

    @Override
    public List<PortfolioLine> portfolio() {
        return em.unwrap(Session.class).doReturningWork(this::portfolio);
    }

    private List<PortfolioLine> portfolio(Connection c) throws SQLException {
        Map<Long, List<StoredResult>> results = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select r.client_id, r.year, r.scheme, r.output, r.figure,"
                + " r.figure_text, r.rate_version, r.provisional, r.pending, r.problem, r.computed_at"
                + " from client_result r join (select client_id, max(year) as year from client_year"
                + " group by client_id) latest on latest.client_id = r.client_id and latest.year = r.year");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                results.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredResult(rs.getLong(1),
                        rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5), rs.getString(6),
                        rs.getString(7), rs.getBoolean(8), rs.getBoolean(9), rs.getString(10),
                        rs.getTimestamp(11).toInstant()));
            }
        }
        List<PortfolioLine> lines = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select c.id, c.name, c.country, c.legal_form, c.version,"
                + " (select max(year) from client_year y where y.client_id = c.id) from client c order by c.name, c.id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Client client = new Client(rs.getLong(1), rs.getString(2), Country.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getLong(5));
                int year = rs.getInt(6);
                Integer latest = rs.wasNull() ? null : year;
                lines.add(new PortfolioLine(client, latest, results.getOrDefault(client.id(), List.of())));
            }
        }
        return lines;
    }
}
