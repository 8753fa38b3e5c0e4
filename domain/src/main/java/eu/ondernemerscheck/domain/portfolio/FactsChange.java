package eu.ondernemerscheck.domain.portfolio;

import eu.ondernemerscheck.domain.shared.JsonText;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The inputs an edit of a client's facts changed, as a small JSON object {@code {"scheme.input": "value"}} for the
 * before or after side of the audit entry. Only changed inputs are listed, so the trail shows what moved.
 */
public final class FactsChange {

    public enum Side { BEFORE, AFTER }

    private FactsChange() {
    }

    public static String describe(Map<String, Map<String, Object>> before, Map<String, Map<String, Object>> after,
                           Side side) {
        Map<String, Object> flatBefore = flatten(before);
        Map<String, Object> flatAfter = flatten(after);
        Set<String> keys = new LinkedHashSet<>(flatBefore.keySet());
        keys.addAll(flatAfter.keySet());
        StringBuilder json = new StringBuilder("{");
        for (String key : keys) {
            Object was = flatBefore.get(key);
            Object is = flatAfter.get(key);
            if (!sameValue(was, is)) {
                Object shown = side == Side.BEFORE ? was : is;
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append(JsonText.quote(key)).append(':').append(shown == null ? "null" : JsonText.quote(String.valueOf(shown)));
            }
        }
        return json.append('}').toString();
    }

    private static Map<String, Object> flatten(Map<String, Map<String, Object>> answers) {
        Map<String, Object> flat = new LinkedHashMap<>();
        answers.forEach((scheme, inputs) -> inputs.forEach((input, value) -> flat.put(scheme + "." + input, value)));
        return flat;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a == null ? null : String.valueOf(a), b == null ? null : String.valueOf(b));
    }
}
