package eu.ondernemerscheck.domain.rules;

import eu.ondernemerscheck.domain.shared.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the rate form, on the shipped rates, one broken rule at a time. */
class RateChangeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final RateBook SHIPPED = ShippedRates.book();

    private static RateValue value(String parameter, String from, String until, String value, RateStatus status,
                                   String source) {
        return new RateValue(RateKey.of(parameter), LocalDate.parse(from), LocalDate.parse(until),
                new BigDecimal(value), status, new Source(source, ""), TODAY, "");
    }

    private static List<FieldError> check(RateValue v) {
        return RateChangeRules.check(v, Optional.empty(), SHIPPED, TODAY);
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource({
            "nl.kia.rate, 1.01, Een fractie ligt tussen 0 en 1",
            "nl.kia.rate, -0.1, Een fractie ligt tussen 0 en 1",
            "nl.kia.asset_minimum, -1, Een bedrag kan niet negatief zijn",
            "nl.kia.disinvestment_window_years, -5, Dit getal kan niet negatief zijn",
            "nl.kor.previous_year_test, 2, Vul 0 (nee) of 1 (ja) in"})
    void aValueOutsideItsKindIsRefusedAtTheValueField(String parameter, String number, String message) {
        List<FieldError> errors = check(value(parameter, "2027-01-01", "2027-12-31", number, RateStatus.PROVISIONAL,
                "bron"));
        assertThat(errors).extracting(FieldError::field).containsExactly("value");
        assertThat(errors.getFirst().message()).startsWith(message);
    }

    @Test
    void valuesAtTheEdgesOfTheirKindAreAccepted() {
        assertThat(check(value("nl.kia.rate", "2027-01-01", "2027-12-31", "1", RateStatus.PROVISIONAL, ""))).isEmpty();
        assertThat(check(value("nl.kia.rate", "2027-01-01", "2027-12-31", "0", RateStatus.PROVISIONAL, ""))).isEmpty();
        assertThat(check(value("nl.kor.previous_year_test", "2027-01-01", "2027-12-31", "1", RateStatus.PROVISIONAL,
                ""))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2014-12-31", "2031-11-24"})
    void anEffectiveFromOutsideTheSensibleRangeIsRefused(String from) {
        List<FieldError> errors = check(value("nl.kia.rate", from, "2031-12-31", "0.28", RateStatus.PROVISIONAL, ""));
        assertThat(errors).extracting(FieldError::field).contains("effectiveFrom");
        assertThat(errors.getFirst().message()).contains("1 januari 2015").contains("23 november 2031");
    }

    @Test
    void aCorrectionMayKeepTheOldDateOfTheValueItReplaces() {
        RateValue old = SHIPPED.require(RateKey.of("be.car_deduction.zero_emission_pct"), LocalDate.of(2020, 1, 1));
        RateValue corrected = new RateValue(old.key(), old.effectiveFrom(), old.effectiveUntil(), old.value(),
                RateStatus.CONFIRMED, new Source("Wet van 25 november 2021", "https://www.ejustice.just.fgov.be/"),
                TODAY, "");
        assertThat(old.effectiveFrom()).isBefore(RateChangeRules.EARLIEST_EFFECTIVE_FROM);
        assertThat(RateChangeRules.check(corrected, Optional.of(old), SHIPPED, TODAY)).isEmpty();
    }

    @Test
    void aSecondValueOnTheSameDayIsRefusedButACorrectionOfThatValueIsNot() {
        RateValue second = value("nl.kia.rate", "2025-06-01", "2025-12-31", "0.3", RateStatus.PROVISIONAL, "");
        assertThat(check(second)).extracting(FieldError::field).containsExactly("effectiveFrom");
        assertThat(check(second).getFirst().message()).contains("1 januari 2025 tot en met 31 december 2025");

        RateValue current = SHIPPED.require(RateKey.of("nl.kia.rate"), LocalDate.of(2025, 6, 1));
        assertThat(RateChangeRules.check(second, Optional.of(current), SHIPPED, TODAY)).isEmpty();
    }

    @Test
    void aConfirmedValueNeedsASource() {
        List<FieldError> errors = check(value("nl.kia.rate", "2027-01-01", "2027-12-31", "0.28",
                RateStatus.CONFIRMED, " "));
        assertThat(errors).extracting(FieldError::field).containsExactly("sourceTitle");
        assertThat(check(value("nl.kia.rate", "2027-01-01", "2027-12-31", "0.28", RateStatus.CONFIRMED,
                "Wet IB 2001, art. 3.41"))).isEmpty();
    }

    @Test
    void kiaBandEdgesMustStrictlyIncrease() {
        // 2026: band 1 ends at 71.683, so a lower edge of 71.683 or more breaks the order
        RateValue lower = SHIPPED.require(RateKey.of("nl.kia.lower"), LocalDate.of(2026, 1, 1));
        RateValue tooHigh = new RateValue(lower.key(), lower.effectiveFrom(), lower.effectiveUntil(),
                new BigDecimal("71683"), lower.status(), lower.source(), TODAY, "");
        List<FieldError> errors = RateChangeRules.check(tooHigh, Optional.of(lower), SHIPPED, TODAY);
        assertThat(errors).extracting(FieldError::field).containsExactly("value");
        assertThat(errors.getFirst().message()).contains("de ondergrens moet lager zijn dan de grens van de eerste"
                + " schijf").contains("71.683");

        RateValue top = SHIPPED.require(RateKey.of("nl.kia.top"), LocalDate.of(2026, 1, 1));
        RateValue tooLow = new RateValue(top.key(), top.effectiveFrom(), top.effectiveUntil(),
                new BigDecimal("132746"), top.status(), top.source(), TODAY, "");
        assertThat(RateChangeRules.check(tooLow, Optional.of(top), SHIPPED, TODAY)).extracting(FieldError::field)
                .containsExactly("value");

        RateValue fine = new RateValue(lower.key(), lower.effectiveFrom(), lower.effectiveUntil(),
                new BigDecimal("71682"), lower.status(), lower.source(), TODAY, "");
        assertThat(RateChangeRules.check(fine, Optional.of(lower), SHIPPED, TODAY)).isEmpty();
    }

    @Test
    void aCheckDateInTheFutureAndAnAddressThatIsNotAWebAddressAreRefused() {
        RateValue v = new RateValue(RateKey.of("nl.kia.rate"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                new BigDecimal("0.28"), RateStatus.PROVISIONAL, new Source("bron", "javascript:alert(1)"),
                TODAY.plusDays(1), "");
        assertThat(check(v)).extracting(FieldError::field).containsExactlyInAnyOrder("checkedOn", "sourceUrl");
    }

    @Test
    void anUnknownParameterIsRefused() {
        assertThat(check(value("nl.kia.unknown", "2027-01-01", "2027-12-31", "1", RateStatus.PROVISIONAL, "")))
                .extracting(FieldError::field).containsExactly("parameter");
    }
}
