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

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

/** Stores imported clients in batches and reads chosen clients with their stored results of one year. */
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
    public List<PortfolioLine> portfolio(int year, List<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return em.unwrap(Session.class).doReturningWork(c -> portfolio(c, year, clientIds));
    }

    private List<PortfolioLine> portfolio(Connection c, int year, List<Long> clientIds) throws SQLException {
        Array ids = c.createArrayOf("bigint", clientIds.toArray());
        Map<Long, List<StoredResult>> results = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select r.client_id, r.year, r.scheme, r.output, r.figure,"
                + " r.figure_text, r.rate_version, r.provisional, r.pending, r.problem, r.computed_at"
                + " from client_result r where r.year = ? and r.client_id = any(?)")) {
            s.setInt(1, year);
            s.setArray(2, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    results.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredResult(
                            rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                            rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9),
                            rs.getString(10), rs.getTimestamp(11).toInstant()));
                }
            }
        }
        Map<Long, PortfolioLine> lines = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select c.id, c.name, c.country, c.legal_form, c.version,"
                + " exists (select 1 from client_year y where y.client_id = c.id and y.year = ?)"
                + " from client c where c.id = any(?)")) {
            s.setInt(1, year);
            s.setArray(2, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Client client = new Client(rs.getLong(1), rs.getString(2), Country.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getLong(5));
                    lines.put(client.id(), new PortfolioLine(client, rs.getBoolean(6) ? year : null,
                            results.getOrDefault(client.id(), List.of())));
                }
            }
        }
        return clientIds.stream().map(lines::get).filter(Objects::nonNull).toList();
    }
}
