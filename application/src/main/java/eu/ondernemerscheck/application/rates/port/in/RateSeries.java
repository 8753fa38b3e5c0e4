package eu.ondernemerscheck.application.rates.port.in;

import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateKind;
import eu.ondernemerscheck.domain.rules.RateRecord;
import eu.ondernemerscheck.domain.rules.RateSeriesStamp;

import java.util.List;

/**
 * One parameter (and category) of a scheme with every value it ever had, oldest first: in force, replaced, drafts and
 * discarded drafts. An edit names the {@code stamp} it started from.
 */
public record RateSeries(RateKey key, RateKind kind, RateSeriesStamp stamp, List<RateRecord> records) {
    public RateSeries {
        records = List.copyOf(records);
    }
}
