package eu.ondernemerscheck.domain.companycar;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.rules.ExplanationStep;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.shared.Money;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The VAA of a company car for the part of an income year it is available (tax-rules.md §4.1). The yearly formula
 * value is spread over the calendar months of the period; each month carries its own age coefficient and is compared
 * with its share of the yearly minimum, so the minimum is applied after the age coefficient, month by month. The sum is
 * rounded to cents once.
 */
final class CompanyCarBenefit {

    static final RateKey REFERENCE_DIESEL = RateKey.of("be.vaa.reference_co2", "diesel");
    static final RateKey REFERENCE_PETROL = RateKey.of("be.vaa.reference_co2", "petrol");
    static final RateKey MINIMUM = RateKey.of("be.vaa.minimum");
    static final RateKey BASE_PCT = RateKey.of("be.vaa.base_pct");
    static final RateKey PCT_PER_GRAM = RateKey.of("be.vaa.pct_per_gram");
    static final RateKey PCT_FLOOR = RateKey.of("be.vaa.pct_floor");
    static final RateKey PCT_CAP = RateKey.of("be.vaa.pct_cap");
    static final RateKey ZERO_EMISSION_PCT = RateKey.of("be.vaa.zero_emission_pct");
    static final RateKey FRACTION_NUMERATOR = RateKey.of("be.vaa.taxable_fraction", "numerator");
    static final RateKey FRACTION_DENOMINATOR = RateKey.of("be.vaa.taxable_fraction", "denominator");
    static final RateKey FAKE_HYBRID_FACTOR = RateKey.of("be.vaa.fake_hybrid_factor");
    static final String LAW = "art. 36 §2 WIB 92";

    /** Age bands of 12 months each since first registration; the last band holds every later month. */
    private static final RateKey[] AGE_COEFFICIENTS = {
            RateKey.of("be.vaa.age_coefficient", "months_1_12"),
            RateKey.of("be.vaa.age_coefficient", "months_13_24"),
            RateKey.of("be.vaa.age_coefficient", "months_25_36"),
            RateKey.of("be.vaa.age_coefficient", "months_37_48"),
            RateKey.of("be.vaa.age_coefficient", "months_49_60"),
            RateKey.of("be.vaa.age_coefficient", "months_61_plus")};
    private static final String[] AGE_LABELS = {"1–12", "13–24", "25–36", "37–48", "49–60", "61 of meer"};

    private CompanyCarBenefit() {
    }

    public enum Fuel {
        PETROL, DIESEL, LPG, CNG, ELECTRIC, HYDROGEN, HYBRID_PETROL, HYBRID_DIESEL, PLUGIN_HYBRID_PETROL,
        PLUGIN_HYBRID_DIESEL;

        private static final Fuel[] ALL = values();
        private final String code = name().toLowerCase(java.util.Locale.ROOT);

        /** The fuel of an API code such as {@code plugin_hybrid_petrol}. */
        public static Fuel of(String code) {
            for (Fuel f : ALL) {
                if (f.code.equals(code)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown fuel " + code);
        }

        public boolean zeroEmission() {
            return this == ELECTRIC || this == HYDROGEN;
        }

        public boolean pluginHybrid() {
            return this == PLUGIN_HYBRID_PETROL || this == PLUGIN_HYBRID_DIESEL;
        }

        /**
         * Only a plain diesel is compared with the diesel reference; petrol, LPG, CNG, full hybrids and plug-in
         * hybrids (also with a diesel engine) with the petrol reference, as the fleet.be 2025 formulas that
         * tax-rules.md §4.1 follows have it. The legal text speaks of "a diesel engine", which could put diesel hybrids
         * on the diesel reference: the explanation says which reading is used.
         */
        String referenceCategory() {
            return this == DIESEL ? "diesel" : "petrol";
        }

        boolean dieselHybrid() {
            return this == HYBRID_DIESEL || this == PLUGIN_HYBRID_DIESEL;
        }
    }

    public enum ProRata {
        MONTHS, DAYS
    }

    /**
     * @param co2 declared CO2 in g/km; ignored (may be null) for a zero-emission car
     * @param from first day of the period, inside the year and not before the registration month
     * @param until last day of the period, inside the same year
     */
    public record Input(Fuel fuel, BigDecimal co2, BigDecimal catalogueValue, YearMonth firstRegistration,
                        LocalDate from, LocalDate until, ProRata proRata, boolean euro6eBis) {
    }

    /**
     * One calendar month of the period: its age coefficient and its VAA for the days of that month the car was
     * available (the higher of the formula and the minimum), rounded to cents on its own for the list of months (the
     * total is rounded once from the unrounded sum).
     */
    public record Month(YearMonth month, BigDecimal ageCoefficient, Money vaa) {
    }

    public record Result(BigDecimal co2Used, BigDecimal co2Pct, Money annual, Money formula, Money minimum,
                         Money vaa, List<Month> months) {
    }

    public static Result calculate(Input in, Calculation calc) {
        LocalDate on = in.from();
        RateValue numerator = calc.rate(FRACTION_NUMERATOR, on);
        RateValue denominatorValue = calc.rate(FRACTION_DENOMINATOR, on);
        BigDecimal denominator = denominatorValue.value();
        BigDecimal co2Used;
        BigDecimal pct;
        if (in.fuel().zeroEmission()) {
            co2Used = BigDecimal.ZERO;
            RateValue zero = calc.rate(ZERO_EMISSION_PCT, on);
            explainRates(calc, "Elektrische of waterstofauto: vast CO2-percentage en belastbaar deel",
                    new RateValue[] {zero, numerator, denominatorValue},
                    () -> new String[] {MoneyFormat.percent(zero.value()), fraction(numerator, denominatorValue)});
            pct = zero.value();
        } else {
            co2Used = co2Used(in, calc, on);
            pct = co2Percentage(in.fuel(), co2Used, numerator, denominatorValue, calc, on);
        }
        BigDecimal yearlyNumerator = in.catalogueValue().multiply(pct).multiply(numerator.value());
        BigDecimal minimumYear = calc.explainedRate("Minimum-VAA per jaar " + calc.year(), MINIMUM, on, Format.EURO);
        Spread spread = spread(in, yearlyNumerator, denominator, minimumYear, calc);
        List<Month> months = spread.months();

        BigDecimal firstCoefficient = months.getFirst().ageCoefficient();
        BigDecimal firstYearly = yearlyNumerator.multiply(firstCoefficient);
        boolean minimumYearApplies = firstYearly.compareTo(minimumYear.multiply(denominator)) < 0;
        Money annualMoney = minimumYearApplies ? Money.euros(minimumYear) : cents(firstYearly, denominator);
        Money formulaMoney = cents(spread.formula(), spread.denominator());
        Money minimumMoney = cents(spread.minimum(), spread.denominator());
        Money vaaMoney = cents(spread.vaa(), spread.denominator());
        int minimumMonths = spread.minimumMonths();
        BigDecimal usedPct = pct;
        calc.step(() -> new ExplanationStep("Jaarbedrag: " + MoneyFormat.display(in.catalogueValue()) + " × "
                + MoneyFormat.percent(usedPct) + " × " + fraction(numerator, denominatorValue) + " × "
                + MoneyFormat.percent(firstCoefficient) + " (leeftijdscoëfficiënt van de eerste maand)"
                + (minimumYearApplies ? "; lager dan het jaarminimum, dus het jaarminimum" : "")
                + ", afgerond op centen", annualMoney.display(), LAW));
        calc.step(() -> new ExplanationStep("Formule voor de periode (som van de maanden, vóór het minimum)",
                formulaMoney.display(), LAW));
        calc.step(() -> new ExplanationStep("Minimum voor de periode (jaarminimum naar verhouding)",
                minimumMoney.display(), LAW));
        calc.step(() -> new ExplanationStep("VAA voor de periode: per maand het hoogste van formule na "
                + "leeftijdscoëfficiënt en minimum, opgeteld en eenmaal afgerond op centen; " + (minimumMonths == 0
                ? "het minimum is in geen enkele maand hoger"
                : "het minimum is hoger in " + minimumMonths + " van de " + months.size() + " maanden"),
                vaaMoney.display(), LAW + "; tax-rules.md §4.1 (minimum na de leeftijdscoëfficiënt, per maand)"));
        return new Result(co2Used, pct, annualMoney, formulaMoney, minimumMoney, vaaMoney, months);
    }

    private static BigDecimal co2Used(Input in, Calculation calc, LocalDate on) {
        BigDecimal co2 = in.co2();
        if (!in.fuel().pluginHybrid()) {
            return co2;
        }
        RateKey limitKey = RateKey.of("be.vaa.fake_hybrid_limit", in.euro6eBis() ? "euro6e_bis" : "standard");
        BigDecimal limit = calc.explainedRate("Grens 'fictieve' plug-in hybride" + (in.euro6eBis()
                ? " (Euro 6e-bis)" : ""), limitKey, on, Format.NUMBER);
        if (co2.compareTo(limit) <= 0) {
            calc.step("Plug-in hybride met " + MoneyFormat.number(co2) + " g/km, niet meer dan " + MoneyFormat.number(limit)
                    + " g/km: de aangegeven uitstoot telt, met de gewone formule", MoneyFormat.number(co2) + " g/km",
                    "tax-rules.md §4.1 (alphabet.com; carcostadvisor.com)");
            return co2;
        }
        BigDecimal factor = calc.explainedRate("Vermenigvuldiger voor een 'fictieve' plug-in hybride", FAKE_HYBRID_FACTOR,
                on, Format.NUMBER);
        BigDecimal used = plain(co2.multiply(factor));
        calc.step("'Fictieve' plug-in hybride: meer dan " + MoneyFormat.number(limit) + " g/km, dus "
                        + MoneyFormat.number(co2) + " × " + MoneyFormat.number(factor),
                MoneyFormat.number(used) + " g/km", "tax-rules.md §4.1 (alphabet.com; carcostadvisor.com)");
        return used;
    }

    private static BigDecimal co2Percentage(Fuel fuel, BigDecimal co2, RateValue numerator, RateValue denominator,
                                            Calculation calc, LocalDate on) {
        String category = fuel.referenceCategory();
        boolean diesel = "diesel".equals(category);
        BigDecimal reference = calc.explainedRate(diesel ? "Referentie-uitstoot diesel (g/km)"
                : "Referentie-uitstoot benzine, LPG en aardgas (g/km)", diesel ? REFERENCE_DIESEL : REFERENCE_PETROL, on,
                Format.NUMBER);
        if (fuel.dieselHybrid()) {
            calc.step("Hybride met dieselmotor: vergeleken met de referentie voor benzine, LPG en aardgas, zoals de "
                    + "fleet.be-formules 2025 voor hybrides (de wettekst spreekt van een dieselmotor; zie "
                    + "tax-rules.md §4.1)", "referentie benzine", "fleet.be \"VAA 2025\"");
        }
        RateValue base = calc.rate(BASE_PCT, on);
        RateValue perGram = calc.rate(PCT_PER_GRAM, on);
        RateValue floor = calc.rate(PCT_FLOOR, on);
        RateValue cap = calc.rate(PCT_CAP, on);
        explainRates(calc, "Formule", new RateValue[] {base, perGram, floor, cap, numerator, denominator},
                () -> new String[] {"basispercentage " + MoneyFormat.percent(base.value()),
                        "per g/km boven of onder de referentie " + MoneyFormat.percent(perGram.value()),
                        "ondergrens " + MoneyFormat.percent(floor.value()),
                        "bovengrens " + MoneyFormat.percent(cap.value()),
                        "belastbaar deel " + fraction(numerator, denominator)});
        BigDecimal raw = base.value().add(co2.subtract(reference).multiply(perGram.value()));
        BigDecimal pct;
        int bound;
        if (raw.compareTo(floor.value()) < 0) {
            pct = floor.value();
            bound = -1;
        } else if (raw.compareTo(cap.value()) > 0) {
            pct = cap.value();
            bound = 1;
        } else {
            pct = plain(raw);
            bound = 0;
        }
        BigDecimal shownPct = pct;
        calc.step(() -> {
            String bounds = bound < 0 ? ", opgetrokken tot de ondergrens" : bound > 0 ? ", begrensd op de bovengrens"
                    : ", binnen " + MoneyFormat.percent(floor.value()) + "–" + MoneyFormat.percent(cap.value());
            return new ExplanationStep("CO2-percentage: " + MoneyFormat.percent(base.value()) + " + ("
                    + MoneyFormat.number(co2) + " − " + MoneyFormat.number(reference) + ") × "
                    + MoneyFormat.percent(perGram.value()) + " = " + MoneyFormat.percent(raw) + bounds,
                    MoneyFormat.percent(shownPct), LAW);
        });
        return pct;
    }

    /**
     * One explanation step for several rates: each value's text, then its period, status and source, written once when
     * they all share them (the usual case), else after each value.
     */
    private static void explainRates(Calculation calc, String label, RateValue[] values, Supplier<String[]> later) {
        calc.step(() -> ratesStep(label, values, later.get()));
    }

    private static ExplanationStep ratesStep(String label, RateValue[] values, String[] texts) {
        RateValue first = values[0];
        boolean shared = true;
        for (RateValue v : values) {
            shared &= v.effectiveFrom().equals(first.effectiveFrom()) && v.effectiveUntil().equals(first.effectiveUntil())
                    && v.status() == first.status() && v.source().equals(first.source());
        }
        StringBuilder text = new StringBuilder(200).append(label).append(": ");
        StringBuilder references = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            text.append(i == 0 ? "" : "; ").append(texts[i]);
            if (!shared) {
                RateValue v = values[Math.min(i, values.length - 1)];
                period(text.append(" ("), v).append(')');
                String citation = v.source().citation();
                if (references.indexOf(citation) < 0) {
                    references.append(references.isEmpty() ? "" : "; ").append(citation);
                }
            }
        }
        if (shared) {
            period(text.append(" ("), first).append(')');
            references.append(first.source().citation());
        }
        return new ExplanationStep(text.toString(), "", references.toString());
    }

    private static StringBuilder period(StringBuilder text, RateValue v) {
        return text.append("geldig ").append(v.effectiveFrom()).append(" t/m ").append(v.effectiveUntil())
                .append(v.provisional() ? ", voorlopig" : "");
    }

    private static String fraction(RateValue numerator, RateValue denominator) {
        return MoneyFormat.number(numerator.value()) + "/" + MoneyFormat.number(denominator.value());
    }

    /**
     * The months of the period and their sums, as exact numerators over one common denominator: the yearly formula is
     * catalogue value × CO2 percentage × 6 over 7, and each month weighs 1/12 of the year (a month the car is available
     * only part of: its share of days in that month, the per-month method of the Kluwer tool) or, with {@code DAYS},
     * its days over the days of the year (365, or 366 in a leap year). Comparing formula and minimum per month on exact
     * numerators and dividing once at the end gives the exact figure without carrying long decimals through the year.
     *
     * @param formula numerator of the formula for the period, before the minimum
     * @param minimum numerator of the minimum for the period
     * @param vaa numerator of the sum over the months of the higher of formula and minimum
     */
    private record Spread(List<Month> months, BigDecimal formula, BigDecimal minimum, BigDecimal vaa,
                          BigDecimal denominator, int minimumMonths) {
    }

    private static Spread spread(Input in, BigDecimal yearlyNumerator, BigDecimal denominator, BigDecimal minimumYear,
                                 Calculation calc) {
        LocalDate on = in.from();
        YearMonth first = YearMonth.from(in.from());
        YearMonth last = YearMonth.from(in.until());
        int daysInYear = in.from().lengthOfYear();
        boolean byDays = in.proRata() == ProRata.DAYS;
        boolean firstPartial = in.from().getDayOfMonth() != 1
                || first.equals(last) && in.until().getDayOfMonth() != last.lengthOfMonth();
        boolean lastPartial = !first.equals(last) && in.until().getDayOfMonth() != last.lengthOfMonth();
        // Months mode: a common multiple of the lengths of the (at most two) partial months keeps every weight whole.
        long partialDays = (firstPartial ? first.lengthOfMonth() : 1L) * (lastPartial ? last.lengthOfMonth() : 1L);
        BigDecimal common = denominator.multiply(BigDecimal.valueOf(byDays ? daysInYear : 12L * partialDays));
        BigDecimal minimumPerUnit = minimumYear.multiply(denominator);
        BigDecimal fullMonthFactor = BigDecimal.valueOf(partialDays);
        BigDecimal minimumFullMonth = minimumPerUnit.multiply(fullMonthFactor);
        RateValue[] rateOfBand = new RateValue[AGE_COEFFICIENTS.length];
        BigDecimal[] coefficientOfBand = new BigDecimal[AGE_COEFFICIENTS.length];
        BigDecimal[] formulaOfBand = new BigDecimal[AGE_COEFFICIENTS.length];
        BigDecimal[] vaaPerUnitOfBand = new BigDecimal[AGE_COEFFICIENTS.length];
        Money[] fullMonthVaaOfBand = new Money[AGE_COEFFICIENTS.length];
        int registered = in.firstRegistration().getYear() * 12 + in.firstRegistration().getMonthValue();
        List<Month> months = new ArrayList<>(12);
        BigDecimal formula = BigDecimal.ZERO;
        BigDecimal minimum = BigDecimal.ZERO;
        BigDecimal vaa = BigDecimal.ZERO;
        int minimumMonths = 0;
        int currentBand = -1;
        // Each run of months in one age band: its band and the index of its first month. A period lies inside one
        // year, so there are at most twelve runs.
        int[] runBand = new int[12];
        int[] runStart = new int[12];
        int runs = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            int age = m.getYear() * 12 + m.getMonthValue() - registered + 1;
            int band = Math.min((age - 1) / 12, AGE_COEFFICIENTS.length - 1);
            if (coefficientOfBand[band] == null) {
                rateOfBand[band] = calc.rate(AGE_COEFFICIENTS[band], on);
                coefficientOfBand[band] = rateOfBand[band].value();
                BigDecimal perUnit = yearlyNumerator.multiply(coefficientOfBand[band]);
                formulaOfBand[band] = byDays ? perUnit : perUnit.multiply(fullMonthFactor);
                if (byDays) {
                    vaaPerUnitOfBand[band] = perUnit.max(minimumPerUnit).divide(common, Money.CALC);
                } else {
                    fullMonthVaaOfBand[band] = cents(formulaOfBand[band].max(minimumFullMonth), common);
                }
            }
            if (band != currentBand) {
                currentBand = band;
                runBand[runs] = band;
                runStart[runs] = months.size();
                runs++;
            }
            int monthDays = m.lengthOfMonth();
            int fromDay = m.equals(first) ? in.from().getDayOfMonth() : 1;
            int untilDay = m.equals(last) ? in.until().getDayOfMonth() : monthDays;
            int days = untilDay - fromDay + 1;
            BigDecimal monthFormula;
            BigDecimal monthMinimum;
            Money monthVaa;
            if (byDays) {
                BigDecimal dayCount = BigDecimal.valueOf(days);
                monthFormula = formulaOfBand[band].multiply(dayCount);
                monthMinimum = minimumPerUnit.multiply(dayCount);
                monthVaa = Money.euros(vaaPerUnitOfBand[band].multiply(dayCount));
            } else if (days == monthDays) {
                monthFormula = formulaOfBand[band];
                monthMinimum = minimumFullMonth;
                monthVaa = fullMonthVaaOfBand[band];
            } else {
                BigDecimal weight = BigDecimal.valueOf(days * (partialDays / monthDays));
                monthFormula = yearlyNumerator.multiply(coefficientOfBand[band]).multiply(weight);
                monthMinimum = minimumPerUnit.multiply(weight);
                monthVaa = cents(monthFormula.max(monthMinimum), common);
            }
            formula = formula.add(monthFormula);
            minimum = minimum.add(monthMinimum);
            if (monthMinimum.compareTo(monthFormula) > 0) {
                minimumMonths++;
                vaa = vaa.add(monthMinimum);
            } else {
                vaa = vaa.add(monthFormula);
            }
            months.add(new Month(m, coefficientOfBand[band], monthVaa));
        }
        int lastBand = currentBand;
        int runCount = runs;
        calc.step(() -> {
            StringBuilder bands = new StringBuilder(200).append("Leeftijdscoëfficiënt per maand sinds de eerste "
                    + "inschrijving (een begonnen maand telt als volle maand)");
            for (int i = 0; i < runCount; i++) {
                int until = i + 1 < runCount ? runStart[i + 1] - 1 : months.size() - 1;
                bandText(bands, runBand[i], coefficientOfBand[runBand[i]], months.get(runStart[i]).month(),
                        months.get(until).month());
            }
            return new ExplanationStep(bands.toString(), MoneyFormat.percent(coefficientOfBand[lastBand]),
                    rateOfBand[lastBand].source().citation());
        });
        return new Spread(months, formula, minimum, vaa, common, minimumMonths);
    }

    private static void bandText(StringBuilder text, int band, BigDecimal coefficient, YearMonth from,
                                 YearMonth until) {
        text.append(text.charAt(text.length() - 1) == ')' ? ": " : "; ").append(from);
        if (!from.equals(until)) {
            text.append(" t/m ").append(until);
        }
        text.append(" (maand ").append(AGE_LABELS[band]).append(") ").append(MoneyFormat.percent(coefficient));
    }

    /**
     * The quotient rounded half-up to cents, exactly as {@code Money.euros(numerator.divide(denominator, Money.CALC))}
     * rounds it, but without working out 34 digits first (two long divisions per figure were most of the time of a
     * calculation). The two can differ only where the 34-digit quotient lies on the other side of a half cent than the
     * exact quotient. With a whole denominator d and a numerator of p ≤ 31 digits and scale s, an exact quotient that is
     * not a half cent lies at least 1/(200·d·10^s) from every half cent, while the 34-digit quotient is off by less than
     * half its last digit, below 0.5·10^(p−s−33)/d, which is smaller for p ≤ 31; and a quotient that is a half cent has
     * at most 34 digits, so the 34-digit quotient is that half cent exactly. Other numbers take the long way.
     */
    static Money cents(BigDecimal numerator, BigDecimal denominator) {
        if (numerator.precision() <= 31 && denominator.scale() == 0 && denominator.signum() > 0) {
            return Money.euros(numerator.divide(denominator, 2, RoundingMode.HALF_UP));
        }
        return Money.euros(numerator.divide(denominator, Money.CALC));
    }

    /** Without trailing zeros but never in exponent notation: 24000, not 2.4E+4. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
