package eu.ondernemerscheck.domain.oracle;

import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.Scheme;
import eu.ondernemerscheck.domain.rules.SchemeInputs;
import eu.ondernemerscheck.domain.rules.ShippedRates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The worked cases of oracle/sample-cases.json, computed by the engine from the shipped rate data. */
class SampleCasesTest {

    private static final RateBook RATES = ShippedRates.book();
    private static final SchemeCatalogue CATALOGUE = SchemeCatalogue.standard();

    static Stream<Arguments> cases() {
        return SampleCases.load().stream().map(c -> Arguments.of(c.get("id"), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void sampleCase(String id, Map<String, Object> sample) {
        Map<String, Object> request = (Map<String, Object>) sample.get("request");
        Scheme scheme = CATALOGUE.find((String) request.get("scheme")).orElseThrow(
                () -> new AssertionError(id + ": scheme not in the catalogue: " + request.get("scheme")));
        int year = ((Number) request.get("year")).intValue();
        SchemeInputs inputs = SchemeInputs.parse("inputs", (Map<String, Object>) request.get("inputs"),
                scheme.definition().inputs());
        Outcome outcome = scheme.calculate(inputs, year, RATES);
        assertEquals(List.of(), ExpectedOutputs.mismatches((Map<String, Object>) sample.get("expected"),
                outcome.outputs()), id);
        assertFalse(outcome.explanation().isEmpty(), id + " explains itself");
    }
}
