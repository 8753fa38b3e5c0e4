package eu.ondernemerscheck.domain.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a scheme computed: the outputs by their API names (money as {@link java.math.BigDecimal} with two decimals,
 * fractions as BigDecimal, dates as {@link java.time.LocalDate}, lists and nested maps as needed, null where not
 * applicable), the explanation, every rate value used, warnings, and the rate version and status.
 */
public record Outcome(String scheme, int year, Map<String, Object> outputs, List<ExplanationStep> explanation,
                      List<RateValue> ratesUsed, List<String> warnings, String rateVersion, RateStatus status) {

    /** The distinct sources of the rate values used, as one line. */
    public String sourceSummary() {
        Set<String> titles = new LinkedHashSet<>();
        for (RateValue v : ratesUsed) {
            titles.add(v.source().citation());
        }
        return String.join("; ", titles);
    }

    public Object output(String name) {
        return outputs.get(name);
    }
}
