package eu.ondernemerscheck.domain.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What a firm's accountants are told after its stored results were recomputed on new rates (issue 9 point 4): which
 * rate changes, how many clients and results changed, and the largest change (the client, year and scheme, and the
 * figure before and after). {@code read} is whether the accountant reading it has marked it read.
 *
 * @param largestChange the largest absolute difference between two amounts; null when no changed figure is an amount
 */
public record RecomputeNotice(long id, Instant at, String rateChanges, int clients, int results,
                              BigDecimal largestChange, String largestText, boolean read) {

    public RecomputeNotice {
        Objects.requireNonNull(at, "at");
        rateChanges = rateChanges == null ? "" : rateChanges;
        largestText = largestText == null ? "" : largestText;
    }
}
