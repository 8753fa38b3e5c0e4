package eu.ondernemerscheck.adapter.persistence.rates;

import eu.ondernemerscheck.application.rates.port.out.LoadRateHistoryPort;
import eu.ondernemerscheck.application.rates.port.out.SaveRateDraftPort;
import eu.ondernemerscheck.domain.rules.RateChangeRefusedException;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateKind;
import eu.ondernemerscheck.domain.rules.RateRecord;
import eu.ondernemerscheck.domain.rules.RateSeriesStamp;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.rules.RateVersionInfo;
import eu.ondernemerscheck.domain.rules.Source;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Drafts, publication and the history of the rates in the platform schema (migration V8). A draft is a rate version
 * without a publication number whose values are not yet live; publishing numbers the version, retires the values it
 * corrects and makes its own live, all in the caller's transaction. The database's constraints have the last word;
 * what they refuse comes back as a plain refusal.
 */
@Component
class RateDraftAdapter implements LoadRateHistoryPort, SaveRateDraftPort {

    private static final String RECORDS = "select v.id, v.parameter, v.category, v.effective_from,"
            + " v.effective_until, v.value, v.status, v.source_title, v.source_url, v.checked_on, v.note, v.kind,"
            + " v.replaces, " + version("i") + ", " + version("r")
            + " from platform.rate_value v join platform.rate_version i on i.id = v.introduced_in"
            + " left join platform.rate_version r on r.id = v.retired_in";

    private final JdbcTemplate jdbc;
    private final RateBookAdapter books;

    RateDraftAdapter(JdbcTemplate jdbc, RateBookAdapter books) {
        this.jdbc = jdbc;
        this.books = books;
    }

    private static String version(String alias) {
        return String.join(", ", List.of("id", "label", "note", "created_by", "created_at", "published_by",
                "published_at", "discarded_by", "discarded_at").stream().map(c -> alias + "." + c).toList());
    }

    @Override
    public List<RateRecord> records(List<String> parameters) {
        if (parameters.isEmpty()) {
            return jdbc.query(RECORDS + " order by v.id", RECORD);
        }
        String marks = String.join(", ", Collections.nCopies(parameters.size(), "?"));
        return jdbc.query(RECORDS + " where v.parameter in (" + marks + ") order by v.id", RECORD,
                parameters.toArray());
    }

    @Override
    public Optional<RateRecord> record(long id) {
        return jdbc.query(RECORDS + " where v.id = ?", RECORD, id).stream().findFirst();
    }

    @Override
    public List<RateRecord> recordsOf(long version) {
        return jdbc.query(RECORDS + " where v.introduced_in = ? order by v.id", RECORD, version);
    }

    @Override
    public List<RateRecord> openDraftRecords() {
        return jdbc.query(RECORDS + " where i.published_at is null and i.discarded_at is null order by v.id",
                RECORD);
    }

    @Override
    public List<RateSeriesStamp> stamps() {
        return jdbc.query("select parameter, category, version, changed_by, changed_at from platform.rate_series",
                (rs, n) -> new RateSeriesStamp(RateKey.of(rs.getString(1), rs.getString(2)), rs.getLong(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()));
    }

    @Override
    @Transactional
    public long saveDraft(NewDraft draft) {
        RateValue v = draft.value();
        jdbc.update("insert into platform.rate_series (parameter, category, version, changed_by, changed_at)"
                + " values (?, ?, 0, '', now()) on conflict do nothing", v.key().parameter(), v.key().category());
        // the row lock makes a second administrator's save wait here and then see the first one's version
        RateSeriesStamp stamp = jdbc.queryForObject("select parameter, category, version, changed_by, changed_at"
                        + " from platform.rate_series where parameter = ? and category = ? for update",
                (rs, n) -> new RateSeriesStamp(RateKey.of(rs.getString(1), rs.getString(2)), rs.getLong(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()), v.key().parameter(), v.key().category());
        if (stamp == null || stamp.version() != draft.expectedVersion()) {
            throw RateChangeRefusedException.changedMeanwhile(stamp);
        }
        List<RateRecord> waiting = jdbc.query(RECORDS + " where v.parameter = ? and v.category = ?"
                        + " and i.published_at is null and i.discarded_at is null", RECORD, v.key().parameter(),
                v.key().category());
        if (!waiting.isEmpty()) {
            throw RateChangeRefusedException.draftWaiting(waiting.getFirst().introducedIn());
        }
        try {
            Long version = jdbc.queryForObject("insert into platform.rate_version (label, note, created_by)"
                    + " values (?, ?, ?) returning id", Long.class, draft.label(), draft.reason(), draft.author());
            jdbc.update("insert into platform.rate_value (parameter, category, effective_from, effective_until,"
                            + " value, status, source_title, source_url, checked_on, note, introduced_in, kind,"
                            + " replaces, published) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)",
                    v.key().parameter(), v.key().category(), Date.valueOf(v.effectiveFrom()),
                    Date.valueOf(v.effectiveUntil()), v.value(), v.status().code(), v.source().title(),
                    v.source().url(), Date.valueOf(v.checkedOn()), v.note(), version, draft.kind().code(),
                    draft.replaces());
            jdbc.update("update platform.rate_series set version = ?, changed_by = ?, changed_at = now()"
                    + " where parameter = ? and category = ?", version, draft.author(), v.key().parameter(),
                    v.key().category());
            return version == null ? 0 : version;
        } catch (DataIntegrityViolationException e) {
            throw refused(e);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void waitForTurnToPublish() {
        PublicationLock.takeTurnToPublish(jdbc);
    }

    @Override
    @Transactional
    public void publish(long version, String author) {
        PublicationLock.publishAlone(jdbc);
        int opened = jdbc.update("update platform.rate_version set published_at = now(), published_by = ?,"
                + " publication = nextval('platform.rate_publication_seq') where id = ? and published_at is null"
                + " and discarded_at is null", author, version);
        if (opened != 1) {
            throw RateChangeRefusedException.noLongerDraft(versionInfo(version));
        }
        try {
            Integer corrections = jdbc.queryForObject("select count(*) from platform.rate_value where introduced_in"
                    + " = ? and replaces is not null", Integer.class, version);
            int retired = jdbc.update("update platform.rate_value old set retired_in = ? from platform.rate_value n"
                    + " where n.introduced_in = ? and n.replaces = old.id and old.published"
                    + " and old.retired_in is null", version, version);
            if (corrections == null || retired != corrections) {
                throw new RateChangeRefusedException("De waarde die dit concept corrigeert is intussen vervangen."
                        + " Verwerp het concept en maak de correctie opnieuw.");
            }
            jdbc.update("update platform.rate_value set published = true where introduced_in = ?", version);
        } catch (DataIntegrityViolationException e) {
            throw refused(e);
        }
        afterCommit(books::refresh);
    }

    @Override
    @Transactional
    public void discard(long version, String author) {
        int closed = jdbc.update("update platform.rate_version set discarded_at = now(), discarded_by = ?"
                + " where id = ? and published_at is null and discarded_at is null", author, version);
        if (closed != 1) {
            throw RateChangeRefusedException.noLongerDraft(versionInfo(version));
        }
    }

    private RateVersionInfo versionInfo(long id) {
        return jdbc.queryForObject("select " + version("i") + " from platform.rate_version i where i.id = ?",
                (rs, n) -> versionAt(rs, 1), id);
    }

    private static RateChangeRefusedException refused(DataIntegrityViolationException e) {
        String detail = e.getMostSpecificCause().getMessage();
        String constraint = detail == null ? "" : detail.replaceAll("(?s).*constraint \"?([a-z0-9_]+)\"?.*", "$1");
        return new RateChangeRefusedException("De database weigert deze waarde (" + (constraint.length() < 64
                ? constraint : "regel voor tarieven") + "). Controleer de waarde en de periode.");
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static final RowMapper<RateRecord> RECORD = (rs, n) -> {
        RateValue value = new RateValue(RateKey.of(rs.getString(2), rs.getString(3)), rs.getDate(4).toLocalDate(),
                rs.getDate(5).toLocalDate(), rs.getBigDecimal(6).stripTrailingZeros(),
                RateStatus.fromCode(rs.getString(7)), new Source(rs.getString(8), rs.getString(9)),
                rs.getDate(10).toLocalDate(), rs.getString(11));
        long replaces = rs.getLong(13);
        Long replacesId = rs.wasNull() ? null : replaces;
        RateVersionInfo retired = rs.getObject(23) == null ? null : versionAt(rs, 23);
        return new RateRecord(rs.getLong(1), value, RateKind.fromCode(rs.getString(12)), versionAt(rs, 14), retired,
                replacesId);
    };

    private static RateVersionInfo versionAt(ResultSet rs, int at) throws SQLException {
        return new RateVersionInfo(rs.getLong(at), rs.getString(at + 1), rs.getString(at + 2), rs.getString(at + 3),
                instant(rs.getTimestamp(at + 4)), rs.getString(at + 5), instant(rs.getTimestamp(at + 6)),
                rs.getString(at + 7), instant(rs.getTimestamp(at + 8)));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
