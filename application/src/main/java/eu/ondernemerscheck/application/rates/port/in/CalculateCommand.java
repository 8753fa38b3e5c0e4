package eu.ondernemerscheck.application.rates.port.in;

import java.util.Map;
import java.util.Objects;

/**
 * One calculation as a caller asks for it: the scheme id, the year and the raw inputs (maps, lists, strings, booleans
 * and BigDecimal numbers, as a JSON reader gives them). The engine checks the inputs against the scheme.
 */
public record CalculateCommand(String scheme, int year, Map<String, Object> inputs) {
    public CalculateCommand {
        Objects.requireNonNull(scheme, "scheme");
        inputs = inputs == null ? Map.of() : inputs;
    }
}
