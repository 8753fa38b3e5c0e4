package eu.ondernemerscheck.adapter.persistence.rates;

import eu.ondernemerscheck.application.rates.port.out.PublishRatesPort;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.RateValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a rate change as a new rate version in one transaction, after checking that the resulting book is
 * consistent (no two values of a parameter in force on the same day).
 */
@Component
class RatePublicationAdapter implements PublishRatesPort {

    private final JdbcTemplate jdbc;
    private final RateBookAdapter books;

    RatePublicationAdapter(JdbcTemplate jdbc, RateBookAdapter books) {
        this.jdbc = jdbc;
        this.books = books;
    }

    @Override
    @Transactional
    public long publish(RateChange change) {
        PublicationLock.publishAlone(jdbc);
        RateBook current = books.newestRateBook();
        List<RateValue> next = new ArrayList<>(current.values());
        for (RateValue old : change.retire()) {
            if (!next.removeIf(v -> same(v, old))) {
                throw new IllegalArgumentException("no value of " + old.key() + " from " + old.effectiveFrom()
                        + " is in force to be replaced");
            }
        }
        next.addAll(change.add());
        RateBook.of("check", next);

        Long version = jdbc.queryForObject("insert into platform.rate_version (label, note, created_by, published_at,"
                + " published_by, publication) values (?, ?, ?, now(), ?, nextval('platform.rate_publication_seq'))"
                + " returning id", Long.class, change.label(), change.reason(), change.author(), change.author());
        for (RateValue old : change.retire()) {
            jdbc.update("update platform.rate_value set retired_in = ? where parameter = ? and category = ?"
                            + " and effective_from = ? and published and retired_in is null", version, old.key().parameter(),
                    old.key().category(), Date.valueOf(old.effectiveFrom()));
        }
        for (RateValue v : change.add()) {
            jdbc.update("insert into platform.rate_value (parameter, category, effective_from, effective_until,"
                            + " value, status, source_title, source_url, checked_on, note, introduced_in, kind,"
                            + " published) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " (select kind from platform.rate_parameter where parameter = ?), true)",
                    v.key().parameter(), v.key().category(), Date.valueOf(v.effectiveFrom()),
                    Date.valueOf(v.effectiveUntil()), v.value(), v.status().code(), v.source().title(),
                    v.source().url(), Date.valueOf(v.checkedOn()), v.note(), version, v.key().parameter());
        }
        // a change published this way also moves each touched series on, so an edit started before it is refused
        for (RateValue v : change.add()) {
            jdbc.update("insert into platform.rate_series (parameter, category, version, changed_by, changed_at)"
                            + " values (?, ?, ?, ?, now()) on conflict (parameter, category) do update"
                            + " set version = excluded.version, changed_by = excluded.changed_by,"
                            + " changed_at = excluded.changed_at", v.key().parameter(), v.key().category(), version,
                    change.author());
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    books.refresh();
                }
            });
        } else {
            books.refresh();
        }
        return version == null ? 0 : version;
    }

    private static boolean same(RateValue a, RateValue b) {
        return a.key().equals(b.key()) && a.effectiveFrom().equals(b.effectiveFrom());
    }
}
