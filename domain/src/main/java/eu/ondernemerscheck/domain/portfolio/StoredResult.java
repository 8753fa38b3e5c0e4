package eu.ondernemerscheck.domain.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A scheme's result for one client and year as it was computed and kept: the scheme's primary figure (null when the
 * primary output is not an amount, or when the scheme could not be computed), that figure as text, the rate version
 * and whether provisional rates were used. {@code problem} says why there is no figure (a year without rates, say);
 * {@code pending} marks a result waiting to be recomputed with newer rates.
 */
public record StoredResult(long clientId, int year, String scheme, String output, BigDecimal figure,
                           String figureText, String rateVersion, boolean provisional, boolean pending,
                           String problem, Instant computedAt) {

    public StoredResult {
        Objects.requireNonNull(scheme, "scheme");
        output = output == null ? "" : output;
        figureText = figureText == null ? "" : figureText;
        rateVersion = rateVersion == null ? "" : rateVersion;
        problem = problem == null ? "" : problem;
    }

    public boolean computed() {
        return problem.isEmpty();
    }
}
