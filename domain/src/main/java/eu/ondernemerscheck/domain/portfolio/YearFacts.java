package eu.ondernemerscheck.domain.portfolio;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the firm knows about one client for one year: per scheme id, the scheme's inputs by their API names with the
 * values as the engine reads them (BigDecimal numbers, strings, booleans, lists of maps). The version is what an edit
 * must name to be accepted; 0 for facts never saved.
 */
public record YearFacts(long clientId, int year, Map<String, Map<String, Object>> answers, long version,
                        Instant updatedAt, String updatedBy) {

    public YearFacts {
        Objects.requireNonNull(answers, "answers");
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        answers.forEach((scheme, inputs) -> copy.put(scheme, Collections.unmodifiableMap(new LinkedHashMap<>(inputs))));
        answers = Collections.unmodifiableMap(copy);
        updatedBy = updatedBy == null ? "" : updatedBy;
    }

    /** Facts for a year nothing was saved for yet. */
    public static YearFacts none(long clientId, int year) {
        return new YearFacts(clientId, year, Map.of(), 0, null, "");
    }

    public boolean saved() {
        return version > 0;
    }

    public Map<String, Object> answers(String scheme) {
        return answers.getOrDefault(scheme, Map.of());
    }
}
