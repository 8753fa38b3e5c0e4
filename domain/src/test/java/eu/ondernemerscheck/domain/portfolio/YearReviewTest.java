package eu.ondernemerscheck.domain.portfolio;

import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.ShippedRates;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of signal with its euro value on the shipped rates, and the ranking; "today" is 23 November 2026. */
class YearReviewTest {

    static final RateBook RATES = ShippedRates.book();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final YearReview review = new YearReview(SchemeCatalogue.standard());

    static ClientProfile client(Country country, VatPosition vat) {
        return new ClientProfile(7, "Klant", country, "eenmanszaak", vat, null, List.of(), 1, null, "");
    }

    static YearFacts facts(int year, Object... schemeAndInputs) {
        Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
        for (int i = 0; i < schemeAndInputs.length; i += 2) {
            @SuppressWarnings("unchecked")
            Map<String, Object> inputs = (Map<String, Object>) schemeAndInputs[i + 1];
            answers.put((String) schemeAndInputs[i], inputs);
        }
        return new YearFacts(7, year, answers, 1, null, "");
    }

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    YearOverview run(ClientProfile profile, YearFacts facts) {
        return review.review(profile, facts, RATES, TODAY);
    }

    static Signal only(YearOverview overview, SignalKind kind) {
        List<Signal> found = overview.signals().stream().filter(s -> s.kind() == kind).toList();
        assertEquals(1, found.size(), kind + " in " + overview.signals());
        return found.getFirst();
    }

    static void assertEuro(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), "expected «" + part + "» in «" + text + "»");
        }
    }

    @Test
    void turnoverJustUnderTheKorThresholdWhileInTheKorIsWorthTheVatLeavingWouldCost() {
        YearOverview o = run(client(Country.NL, VatPosition.KOR),
                facts(2025, "nl-kor", Map.of("taxable_turnover_eur", eur("19000"))));

        Signal s = only(o, SignalKind.KOR_THRESHOLD);
        // 21% of 19,000
        assertEuro("3990.00", s.euro());
        assertEquals("taxable_turnover_eur", s.field());
        assertContains(s.message(), "€ 1.000,00 onder de KOR-grens", "vervalt de KOR");
        assertEquals(Boolean.TRUE, o.fit());
        assertEquals("KOR mogelijk", o.fitText());
    }

    @Test
    void turnoverFarFromTheThresholdGivesNoThresholdSignal() {
        YearOverview o = run(client(Country.NL, VatPosition.KOR),
                facts(2025, "nl-kor", Map.of("taxable_turnover_eur", eur("12000"))));

        assertTrue(o.signals().stream().noneMatch(s -> s.kind() == SignalKind.KOR_THRESHOLD), o.signals().toString());
    }

    @Test
    void belgianTurnoverJustAboveTheExemptionThresholdSaysWhatStayingUnderItWouldMean() {
        YearOverview o = run(client(Country.BE, VatPosition.REGULAR),
                facts(2025, "be-vat-exemption", Map.of("taxable_turnover_eur", eur("26000"))));

        Signal s = only(o, SignalKind.BE_EXEMPTION_THRESHOLD);
        // 21% of 26,000
        assertEuro("5460.00", s.euro());
        assertContains(s.message(), "€ 1.000,00 boven de vrijstellingsgrens van € 25.000,00");
        assertEquals(Boolean.FALSE, o.fit());
    }

    @Test
    void aKiaTotalJustUnderTheLowerBoundIsWorthTheKiaOfReachingIt() {
        YearOverview o = run(client(Country.NL, VatPosition.REGULAR),
                facts(2025, "nl-kia", Map.of("investment_total_eur", eur("2500"))));

        Signal s = only(o, SignalKind.KIA_BELOW_LOWER);
        // 28% of 2,900.01 (the lower bound itself gives nothing: "more than 2,900")
        assertEuro("812.00", s.euro());
        assertContains(s.message(), "Nog € 400,01 investeren");
        assertEuro("0", o.kiaEur());
    }

    @Test
    void aKiaTotalJustAboveTheEndOfTheFirstBandIsWorthTwentyEightPercentOfTheExcess() {
        YearOverview o = run(client(Country.NL, VatPosition.REGULAR),
                facts(2025, "nl-kia", Map.of("investment_total_eur", eur("75000"))));

        Signal s = only(o, SignalKind.KIA_BAND_EDGE);
        // 28% of (75,000 - 70,602)
        assertEuro("1231.44", s.euro());
        assertEquals(LocalDate.of(2025, 12, 31), s.due());
    }

    @Test
    void aKiaTotalJustIntoThePhaseOutIsWorthTheKiaItLoses() {
        YearOverview o = run(client(Country.NL, VatPosition.REGULAR),
                facts(2025, "nl-kia", Map.of("investment_total_eur", eur("135000"))));

        Signal s = only(o, SignalKind.KIA_BAND_EDGE);
        // 7.56% of (135,000 - 130,744)
        assertEuro("321.75", s.euro());
        assertContains(s.message(), "in de afbouw");
    }

    @Test
    void aSaleInsideTheFiveYearWindowIsWorthTheDisinvestmentAddition() {
        YearOverview o = run(client(Country.NL, VatPosition.REGULAR), facts(2025, "nl-kia-disinvestment",
                Map.of("investment_year", eur("2022"), "sale_price_eur", eur("10000"),
                        "sale_date", "2025-06-01", "kia_pct_applied", eur("0.28"),
                        "total_disposals_in_year_eur", eur("10000"))));

        Signal s = only(o, SignalKind.DISINVESTMENT_WINDOW);
        // 28% of the sale price of 10,000
        assertEuro("2800.00", s.euro());
        assertEquals("sale_date", s.field());
        assertContains(s.message(), "vanaf 1 januari 2027");
    }

    @Test
    void aDutchClientWhoseTurnoverFitsTheKorHearsTheRegistrationDeadlineForTheNextQuarter() {
        YearOverview o = run(client(Country.NL, VatPosition.REGULAR),
                facts(2026, "nl-kor", Map.of("taxable_turnover_eur", eur("15000"))));

        Signal s = only(o, SignalKind.KOR_REGISTRATION_DEADLINE);
        // four weeks before 1 January 2027: received by 3 December 2026 (tax-rules.md §2.1); 21% of 15,000 at stake
        assertEquals(LocalDate.of(2026, 12, 3), s.due());
        assertEuro("3150.00", s.euro());
        assertContains(s.message(), "1 januari 2027", "3 december 2026", "nog 10 dagen");
    }

    @Test
    void aPlannedKorNoticeWhoseDeadlineHasPassedSaysItStartsAPeriodLater() {
        YearOverview o = run(client(Country.NL, VatPosition.REGULAR), facts(2026,
                "nl-kor", Map.of("taxable_turnover_eur", eur("15000")),
                "nl-kor-registration", Map.of("desired_date", "2026-12-01")));

        Signal s = only(o, SignalKind.KOR_REGISTRATION_DEADLINE);
        assertContains(s.message(), "volgende aangiftetijdvak");
        assertEquals("desired_date", s.field());
    }

    @Test
    void aBelgianClientWhoFitsTheExemptionHearsTheE604bDeadlineBeforeTheFifteenth() {
        YearOverview o = run(client(Country.BE, VatPosition.REGULAR),
                facts(2026, "be-vat-exemption", Map.of("taxable_turnover_eur", eur("20000"))));

        Signal s = only(o, SignalKind.BE_SWITCH_DEADLINE);
        // switch on 1 January 2027: e604B before 15 December 2026, so on 14 December at the latest
        assertEquals(LocalDate.of(2026, 12, 14), s.due());
        assertEuro("4200.00", s.euro());
        assertContains(s.message(), "1 januari 2027", "vóór 15 december 2026");
    }

    @Test
    void anElectricCarOrderedJustAfterTheCapDateIsWorthWhatOrderingBeforeItKeeps() {
        Map<String, Object> car = Map.of("fuel", "electric", "order_date", "2026-12-20",
                "taxpayer", "company", "professional_km", eur("20000"), "total_km", eur("20000"),
                "car_costs_eur", eur("10000"));
        YearOverview o = run(client(Country.BE, VatPosition.REGULAR), facts(2026, "be-car-deductibility", car));

        Signal s = only(o, SignalKind.CAR_ORDER_CAP_DATE);
        // zero-emission: 100% when ordered up to 31 December 2026, 95% from 2027 (tax-rules.md §5.2): 5% of 10,000
        assertEuro("500.00", s.euro());
        assertEquals(LocalDate.of(2026, 12, 31), s.due());
        assertContains(s.message(), "vóór 1 januari 2027");
        assertEuro("10000.00", o.carCostsEur());
    }

    @Test
    void resultsOnProvisionalRatesAreSignalledWithTheLargestFigureAtStake() {
        YearOverview o = run(client(Country.NL, VatPosition.REGULAR),
                facts(2026, "nl-kia", Map.of("investment_total_eur", eur("10000"))));

        Signal s = only(o, SignalKind.PROVISIONAL_RATES);
        // 28% of 10,000 on the provisional 2026 table
        assertEuro("2800.00", s.euro());
        assertTrue(o.provisional());
    }

    @Test
    void signalsAreRankedByEuroValueHighestFirst() {
        YearOverview o = run(client(Country.NL, VatPosition.REGULAR), facts(2026,
                "nl-kor", Map.of("taxable_turnover_eur", eur("19500")),
                "nl-kia", Map.of("investment_total_eur", eur("2500"))));

        // the threshold and the deadline put the same VAT at stake (21% of 19,500); the one with a date comes first
        assertEquals(List.of(SignalKind.KOR_REGISTRATION_DEADLINE, SignalKind.KOR_THRESHOLD,
                SignalKind.KIA_BELOW_LOWER, SignalKind.PROVISIONAL_RATES),
                o.signals().stream().map(Signal::kind).toList());
        for (int i = 1; i < o.signals().size(); i++) {
            assertTrue(o.signals().get(i - 1).euro().compareTo(o.signals().get(i).euro()) >= 0);
        }
        assertEquals(SignalKind.KOR_REGISTRATION_DEADLINE, o.topSignal().kind());
        assertEuro("4095.00", o.topSignal().euro());
    }

    @Test
    void theOutcomesTheResultsWereComputedFromGiveTheSameReviewAsComputingThemAgain() {
        YearResults engine = new YearResults(SchemeCatalogue.standard());
        ClientProfile profile = client(Country.NL, VatPosition.KOR);
        Client client = new Client(7, "Klant", Country.NL, "eenmanszaak", 1);
        YearFacts year = facts(2026,
                "nl-kor", Map.of("taxable_turnover_eur", eur("19500")),
                "nl-kia", Map.of("investment_total_eur", eur("2500")));

        YearResults.ComputedYear computed = engine.computeYear(client, year, RATES, Instant.EPOCH);

        assertEquals(Set.of("nl-kor", "nl-kia"), computed.outcomes().keySet());
        assertEquals(run(profile, year), review.review(profile, year, RATES, TODAY, computed.outcomes()));
    }

    @Test
    void aSchemeWithoutRatesForItsYearHasAResultButNoOutcomeAndTheReviewLeavesItOut() {
        YearResults engine = new YearResults(SchemeCatalogue.standard());
        ClientProfile profile = client(Country.NL, VatPosition.REGULAR);
        Client client = new Client(7, "Klant", Country.NL, "eenmanszaak", 1);
        YearFacts year = facts(1999, "nl-kia", Map.of("investment_total_eur", eur("10000")));

        YearResults.ComputedYear computed = engine.computeYear(client, year, RATES, Instant.EPOCH);

        assertEquals(1, computed.results().size());
        assertFalse(computed.results().getFirst().problem().isEmpty());
        assertTrue(computed.outcomes().isEmpty());
        assertEquals(run(profile, year), review.review(profile, year, RATES, TODAY, computed.outcomes()));
    }
}
