package eu.ondernemerscheck.domain.oracle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares actual outputs with the {@code expected} subset of a sample case, as calculation-api.md says: money
 * ({@code *_eur}) to the cent (±0.005), other numbers to ±0.000001, objects and lists field by field, {@code name[0]}
 * as the first element of a list output, {@code excluded_assets_count} as the number of excluded assets. Shared by the
 * engine's test and the API's HTTP test.
 */
public final class ExpectedOutputs {

    private static final BigDecimal CENT_TOLERANCE = new BigDecimal("0.005");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.000001");

    private ExpectedOutputs() {
    }

    /** @return every mismatch as a readable line; empty when all expected fields match */
    public static List<String> mismatches(Map<String, ?> expected, Map<String, ?> actual) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, ?> e : expected.entrySet()) {
            String name = e.getKey();
            Object actualValue;
            if (name.equals("excluded_assets_count")) {
                Object list = actual.get("excluded_assets");
                actualValue = list instanceof List<?> l ? BigDecimal.valueOf(l.size()) : null;
            } else if (name.endsWith("]")) {
                String base = name.substring(0, name.indexOf('['));
                int index = Integer.parseInt(name.substring(name.indexOf('[') + 1, name.length() - 1));
                Object list = actual.get(base);
                actualValue = list instanceof List<?> l && l.size() > index ? l.get(index) : null;
            } else {
                if (!actual.containsKey(name)) {
                    out.add(name + ": missing from the outputs");
                    continue;
                }
                actualValue = actual.get(name);
            }
            compare(name, name, e.getValue(), actualValue, out);
        }
        return out;
    }

    private static void compare(String path, String name, Object expected, Object actual, List<String> out) {
        if (expected instanceof Map<?, ?> em) {
            if (!(actual instanceof Map<?, ?> am)) {
                out.add(path + ": expected an object, got " + actual);
                return;
            }
            for (Map.Entry<?, ?> e : em.entrySet()) {
                String field = String.valueOf(e.getKey());
                compare(path + "." + field, field, e.getValue(), am.get(field), out);
            }
        } else if (expected instanceof List<?> el) {
            if (!(actual instanceof List<?> al) || al.size() != el.size()) {
                out.add(path + ": expected " + el + ", got " + actual);
                return;
            }
            for (int i = 0; i < el.size(); i++) {
                compare(path + "[" + i + "]", name, el.get(i), al.get(i), out);
            }
        } else if (expected instanceof Number en) {
            BigDecimal a = decimal(actual);
            BigDecimal x = new BigDecimal(en.toString());
            BigDecimal tolerance = name.endsWith("_eur") ? CENT_TOLERANCE : TOLERANCE;
            if (a == null || a.subtract(x).abs().compareTo(tolerance) > 0) {
                out.add(path + ": expected " + x.toPlainString() + ", got " + actual);
            }
        } else if (expected == null ? actual != null : !expected.toString().equals(String.valueOf(actual))) {
            out.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }
}
