package eu.ondernemerscheck.adapter.persistence.clients;

import eu.ondernemerscheck.application.clients.port.out.ClientProfilePort;
import eu.ondernemerscheck.domain.portfolio.ClientProfile;
import eu.ondernemerscheck.domain.portfolio.Partner;
import eu.ondernemerscheck.domain.portfolio.VatPosition;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.ChangedMeanwhileException;
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
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Client profiles in the schema of the firm in the tenant context, on the connection of the firm's Hibernate session.
 * A save names the version it started from and is refused when someone saved in between; the version column is the
 * one the client entity uses, so every kind of edit of a client counts.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ClientProfileAdapter implements ClientProfilePort {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ClientProfile> loadProfile(long clientId) {
        return work(c -> load(c, clientId));
    }

    @Override
    public Map<Long, ClientProfile> loadProfiles(Collection<Long> clientIds) {
        return work(c -> {
            long[] ids = Columns.ids(clientIds);
            Map<Long, List<Partner>> partners = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select client_id, name, share from client_partner "
                    + "where client_id = any(?) order by client_id, position")) {
                s.setObject(1, ids);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        partners.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Partner(rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros()));
                    }
                }
            }
            Map<Long, ClientProfile> out = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select id, name, country, legal_form, vat_position, "
                    + "start_date, version, updated_at, updated_by from client where id = any(?)")) {
                s.setObject(1, ids);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        out.put(id, profile(id, rs, 2, partners.getOrDefault(id, List.of())));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public ClientProfile saveProfile(ClientProfile profile, long expectedVersion, String by, Instant at) {
        return work(c -> {
            int changed;
            try (PreparedStatement s = c.prepareStatement("update client set name = ?, country = ?, legal_form = ?, "
                    + "vat_position = ?, start_date = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                    + "where id = ? and version = ?")) {
                s.setString(1, profile.name());
                s.setString(2, profile.country().name());
                s.setString(3, profile.legalForm());
                s.setString(4, profile.vatPosition().name());
                if (profile.startDate() == null) {
                    s.setNull(5, Types.DATE);
                } else {
                    s.setDate(5, Date.valueOf(profile.startDate()));
                }
                s.setTimestamp(6, Timestamp.from(at));
                s.setString(7, by);
                s.setLong(8, profile.clientId());
                s.setLong(9, expectedVersion);
                changed = s.executeUpdate();
            }
            if (changed == 0) {
                ClientProfile current = load(c, profile.clientId()).orElse(null);
                if (current == null || current.updatedAt() == null) {
                    throw new ChangedMeanwhileException(current == null || current.updatedBy().isEmpty()
                            ? "iemand anders" : current.updatedBy(), at);
                }
                throw new ChangedMeanwhileException(current.updatedBy(), current.updatedAt());
            }
            try (PreparedStatement s = c.prepareStatement("delete from client_partner where client_id = ?")) {
                s.setLong(1, profile.clientId());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into client_partner (client_id, position, name, share) values (?, ?, ?, ?)")) {
                for (int i = 0; i < profile.partners().size(); i++) {
                    Partner p = profile.partners().get(i);
                    s.setLong(1, profile.clientId());
                    s.setInt(2, i);
                    s.setString(3, p.name());
                    s.setBigDecimal(4, p.share());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return load(c, profile.clientId()).orElseThrow();
        });
    }

    private static Optional<ClientProfile> load(Connection c, long clientId) throws SQLException {
        List<Partner> partners = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select name, share from client_partner where client_id = ? order by position")) {
            s.setLong(1, clientId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    partners.add(new Partner(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros()));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("select name, country, legal_form, vat_position, start_date, "
                + "version, updated_at, updated_by from client where id = ?")) {
            s.setLong(1, clientId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(profile(clientId, rs, 1, partners));
            }
        }
    }

    /** A profile from the columns name, country, legal form, VAT position, start, version, updated at and by. */
    private static ClientProfile profile(long clientId, ResultSet rs, int from, List<Partner> partners)
            throws SQLException {
        Date start = rs.getDate(from + 4);
        Timestamp updated = rs.getTimestamp(from + 6);
        return new ClientProfile(clientId, rs.getString(from), Country.valueOf(rs.getString(from + 1)),
                rs.getString(from + 2), VatPosition.valueOf(rs.getString(from + 3)),
                start == null ? null : start.toLocalDate(), partners, rs.getLong(from + 5),
                updated == null ? null : updated.toInstant(), rs.getString(from + 7));
    }

    private <T> T work(SqlWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
