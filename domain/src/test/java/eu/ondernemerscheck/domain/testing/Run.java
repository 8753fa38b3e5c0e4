package eu.ondernemerscheck.domain.testing;

import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.Scheme;
import eu.ondernemerscheck.domain.rules.SchemeInputs;
import eu.ondernemerscheck.domain.rules.ShippedRates;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Runs a scheme the way the API does: raw inputs checked against the definition, then computed on shipped rates. */
public final class Run {

    public static final RateBook RATES = ShippedRates.book();

    private Run() {
    }

    public static Outcome scheme(Scheme scheme, int year, Map<String, ?> inputs) {
        return scheme.calculate(SchemeInputs.parse("inputs", inputs, scheme.definition().inputs()), year, RATES);
    }

    /** Inputs as the JSON reader gives them: keys and values in turn. */
    public static Map<String, Object> inputs(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public static BigDecimal eur(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    /** The paths of the fields an invalid request names, in order. */
    public static List<String> invalidFields(Scheme scheme, int year, Map<String, ?> inputs) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> scheme(scheme, year, inputs));
        return e.errors().stream().map(FieldError::field).toList();
    }

    public static void assertMoney(String expected, Object actual) {
        assertEquals(eur(expected), actual);
    }
}
