package eu.ondernemerscheck.domain.rules;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every shipped value has a known kind and fits it, so the database's value constraints accept the shipped data. */
class RateParametersTest {

    @Test
    void everyShippedParameterHasAKindAndEveryShippedValueFitsIt() {
        for (RateValue v : ShippedRates.values()) {
            Optional<RateKind> kind = RateParameters.kind(v.key().parameter());
            assertThat(kind).as(v.key().parameter()).isPresent();
            assertThat(RateChangeRules.valueFitsKind(v.value(), kind.get())).as(v.key() + " " + v.value()).isEmpty();
        }
    }

    @Test
    void everyKnownParameterIsShipped() {
        assertThat(ShippedRates.values().stream().map(v -> v.key().parameter()).distinct())
                .containsExactlyInAnyOrderElementsOf(RateParameters.all().keySet());
    }

    @Test
    void theFamilyIsTheNameBeforeTheLastDot() {
        assertThat(RateParameters.family("nl.kia.lower")).isEqualTo("nl.kia");
        assertThat(RateParameters.family("be.vaa.reference_co2")).isEqualTo("be.vaa");
    }
}
