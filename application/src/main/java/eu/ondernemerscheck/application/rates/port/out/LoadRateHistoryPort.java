package eu.ondernemerscheck.application.rates.port.out;

import eu.ondernemerscheck.domain.rules.RateRecord;
import eu.ondernemerscheck.domain.rules.RateSeriesStamp;

import java.util.List;
import java.util.Optional;

/** Every stored rate value with its versions, as the history shows them (read straight from the store, uncached). */
public interface LoadRateHistoryPort {

    /** Every record of the given parameters (all of them when the list is empty), oldest first. */
    List<RateRecord> records(List<String> parameters);

    Optional<RateRecord> record(long id);

    /** The records a version introduced. */
    List<RateRecord> recordsOf(long version);

    /** Records introduced by open drafts. */
    List<RateRecord> openDraftRecords();

    List<RateSeriesStamp> stamps();
}
