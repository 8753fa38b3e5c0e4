package eu.ondernemerscheck.adapter.persistence.rates;

import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.rules.Source;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Reads the rates in force from the platform schema. The book is kept in memory and rebuilt when a newer rate version
 * has been published (drafts are not part of it); the check for one costs one small query. For figures shown it runs
 * at most once per refresh interval, so a change published on another node is seen within that interval and on this
 * node at once (see {@link #refresh()}); for figures stored it runs every time (see {@link #rateBookToStore()}).
 */
@Component
class RateBookAdapter implements LoadRateBookPort {

    private final JdbcTemplate jdbc;
    private final long refreshNanos;
    private volatile Cached cached;

    RateBookAdapter(JdbcTemplate jdbc, @Value("${ondernemerscheck.rates.refresh:PT1S}") Duration refresh) {
        this.jdbc = jdbc;
        this.refreshNanos = refresh.toNanos();
    }

    private record Cached(long versionId, RateBook book, long checkedAt) {
    }

    @Override
    public RateBook currentRateBook() {
        Cached c = cached;
        long now = System.nanoTime();
        if (c != null && now - c.checkedAt < refreshNanos) {
            return c.book;
        }
        return checked(c, now);
    }

    @Override
    public RateBook newestRateBook() {
        return checked(cached, System.nanoTime());
    }

    @Override
    public RateBook rateBookToStore() {
        PublicationLock.holdOffPublications(jdbc);
        return newestRateBook();
    }

    private RateBook checked(Cached c, long now) {
        long latest = latestVersionId();
        if (c != null && c.versionId == latest) {
            cached = new Cached(latest, c.book, now);
            return c.book;
        }
        Cached fresh = new Cached(latest, load(latest), now);
        cached = fresh;
        return fresh.book;
    }

    /** Forgets the cached book, so the next calculation reads the rates just published. */
    void refresh() {
        cached = null;
    }

    /** The number of the newest publication; drafts have none, so a draft never changes the book. */
    private long latestVersionId() {
        Long id = jdbc.queryForObject("select coalesce(max(publication), 0) from platform.rate_version", Long.class);
        return id == null ? 0 : id;
    }

    /**
     * The book of one publication: the values it and the ones before it brought in, less those they retired. Read so,
     * the book matches the version it names even when a newer publication commits between the two queries.
     */
    RateBook load(long publication) {
        Map<String, Object> version = jdbc.queryForMap(
                "select id, label from platform.rate_version where publication = ?", publication);
        long versionId = ((Number) version.get("id")).longValue();
        List<RateValue> values = jdbc.query("select v.parameter, v.category, v.effective_from, v.effective_until,"
                + " v.value, v.status, v.source_title, v.source_url, v.checked_on, v.note from platform.rate_value v"
                + " join platform.rate_version i on i.id = v.introduced_in"
                + " left join platform.rate_version r on r.id = v.retired_in"
                + " where v.published and i.publication <= ? and (r.publication is null or r.publication > ?)",
                (rs, n) -> new RateValue(RateKey.of(rs.getString(1), rs.getString(2)), rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate(), rs.getBigDecimal(5).stripTrailingZeros(),
                        RateStatus.fromCode(rs.getString(6)), new Source(rs.getString(7), rs.getString(8)),
                        rs.getDate(9).toLocalDate(), rs.getString(10)), publication, publication);
        return RateBook.of(version.get("label") + " (v" + versionId + ")", values);
    }
}
