package eu.ondernemerscheck.domain.companycar;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.shared.Money;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The VAA of a company car for the part of an income year it is available (tax-rules.md §4.1). The yearly formula
 * value is spread over the calendar months of the period; each month carries its own age coefficient and is compared
 * with its share of the yearly minimum, so the minimum is applied after the age coefficient, month by month. The sum is
 * rounded to cents once.
 */
public final class CompanyCarBenefit {

    static final RateKey REFERENCE_CO2 = RateKey.of("be.vaa.reference_co2");
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
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private CompanyCarBenefit() {
    }

    public enum Fuel {
        PETROL, DIESEL, LPG, CNG, ELECTRIC, HYDROGEN, HYBRID_PETROL, HYBRID_DIESEL, PLUGIN_HYBRID_PETROL,
        PLUGIN_HYBRID_DIESEL;

        public boolean zeroEmission() {
            return this == ELECTRIC || this == HYDROGEN;
        }

        public boolean pluginHybrid() {
            return this == PLUGIN_HYBRID_PETROL || this == PLUGIN_HYBRID_DIESEL;
        }

        /**
         * The reference emission follows the engine: a diesel engine, hybrid or not, is compared with the diesel
         * reference (art. 36 §2 WIB 92 speaks of vehicles with a diesel engine); petrol, LPG, CNG and petrol hybrids
         * with the petrol reference (tax-rules.md §4.1).
         */
        String referenceCategory() {
            return this == DIESEL || this == HYBRID_DIESEL || this == PLUGIN_HYBRID_DIESEL ? "diesel" : "petrol";
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

    /** One calendar month of the period, with the VAA for the days of that month the car was available. */
    public record Month(YearMonth month, BigDecimal ageCoefficient, BigDecimal formula, BigDecimal minimum) {
        public BigDecimal vaa() {
            return formula.max(minimum);
        }
    }

    public record Result(BigDecimal co2Used, BigDecimal co2Pct, Money annual, Money formula, Money minimum,
                         Money vaa, List<Month> months) {
    }

    public static Result calculate(Input in, Calculation calc) {
        LocalDate on = in.from();
        BigDecimal co2Used;
        BigDecimal pct;
        if (in.fuel().zeroEmission()) {
            co2Used = BigDecimal.ZERO;
            pct = calc.explainedRate("Elektrische of waterstofauto: vast CO2-percentage", ZERO_EMISSION_PCT, on,
                    Format.PERCENT);
        } else {
            co2Used = co2Used(in, calc, on);
            pct = co2Percentage(in.fuel(), co2Used, calc, on);
        }
        BigDecimal numerator = calc.number(FRACTION_NUMERATOR, on);
        BigDecimal denominator = calc.number(FRACTION_DENOMINATOR, on);
        BigDecimal yearly = in.catalogueValue().multiply(pct).multiply(numerator).divide(denominator, Money.CALC);
        calc.step("Jaarbedrag volgens de formule: " + MoneyFormat.display(in.catalogueValue()) + " × "
                        + MoneyFormat.percent(pct) + " × " + MoneyFormat.number(numerator) + "/"
                        + MoneyFormat.number(denominator) + " (vóór leeftijdscoëfficiënt)",
                MoneyFormat.display(yearly), LAW);

        BigDecimal minimumYear = calc.explainedRate("Minimum-VAA per jaar " + calc.year(), MINIMUM, on, Format.EURO);
        List<Month> months = months(in, yearly, minimumYear, calc);

        BigDecimal formula = BigDecimal.ZERO;
        BigDecimal minimum = BigDecimal.ZERO;
        BigDecimal vaa = BigDecimal.ZERO;
        int minimumMonths = 0;
        for (Month m : months) {
            formula = formula.add(m.formula());
            minimum = minimum.add(m.minimum());
            vaa = vaa.add(m.vaa());
            if (m.minimum().compareTo(m.formula()) > 0) {
                minimumMonths++;
            }
        }
        BigDecimal firstCoefficient = months.getFirst().ageCoefficient();
        BigDecimal annual = yearly.multiply(firstCoefficient).max(minimumYear);
        Money formulaMoney = Money.euros(formula);
        Money minimumMoney = Money.euros(minimum);
        Money vaaMoney = Money.euros(vaa);
        Money annualMoney = Money.euros(annual);
        calc.step("Jaarbedrag bij de leeftijdscoëfficiënt van de eerste maand (" + MoneyFormat.percent(firstCoefficient)
                + "), nooit lager dan het jaarminimum", annualMoney.display(), LAW);
        calc.step("Formule voor de periode (som van de maanden, vóór het minimum)", formulaMoney.display(), LAW);
        calc.step("Minimum voor de periode (jaarminimum naar verhouding)", minimumMoney.display(), LAW);
        calc.step(minimumMonths == 0 ? "Het minimum speelt in geen enkele maand: de formule is hoger"
                        : "In " + minimumMonths + " van de " + months.size()
                        + " maanden is het minimum hoger dan de formule na leeftijdscoëfficiënt en geldt het minimum",
                "", "tax-rules.md §4.1: minimum vergeleken na de leeftijdscoëfficiënt, per maand");
        calc.step("VAA voor de periode: per maand het hoogste van formule en minimum, opgeteld en eenmaal afgerond op "
                + "centen", vaaMoney.display(), LAW);
        return new Result(co2Used, pct, annualMoney, formulaMoney, minimumMoney, vaaMoney, months);
    }

    private static BigDecimal co2Used(Input in, Calculation calc, LocalDate on) {
        BigDecimal co2 = in.co2();
        if (!in.fuel().pluginHybrid()) {
            calc.step("CO2-uitstoot", MoneyFormat.number(co2) + " g/km", "");
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

    private static BigDecimal co2Percentage(Fuel fuel, BigDecimal co2, Calculation calc, LocalDate on) {
        String category = fuel.referenceCategory();
        BigDecimal reference = calc.explainedRate("Referentie-uitstoot " + category + " " + calc.year() + " (g/km)",
                RateKey.of(REFERENCE_CO2.parameter(), category), on, Format.NUMBER);
        BigDecimal base = calc.explainedRate("Basispercentage bij de referentie-uitstoot", BASE_PCT, on,
                Format.PERCENT);
        BigDecimal perGram = calc.explainedRate("Per gram boven of onder de referentie", PCT_PER_GRAM, on,
                Format.PERCENT);
        BigDecimal raw = base.add(co2.subtract(reference).multiply(perGram));
        calc.step("CO2-percentage: " + MoneyFormat.percent(base) + " + (" + MoneyFormat.number(co2) + " − "
                + MoneyFormat.number(reference) + ") × " + MoneyFormat.percent(perGram), MoneyFormat.percent(raw), LAW);
        BigDecimal floor = calc.number(PCT_FLOOR, on);
        BigDecimal cap = calc.number(PCT_CAP, on);
        if (raw.compareTo(floor) < 0) {
            calc.step("Onder het minimumpercentage: het CO2-percentage wordt opgetrokken tot", MoneyFormat.percent(floor),
                    LAW);
            return floor;
        }
        if (raw.compareTo(cap) > 0) {
            calc.step("Boven het maximumpercentage: het CO2-percentage wordt begrensd op", MoneyFormat.percent(cap), LAW);
            return cap;
        }
        calc.step("Binnen de grenzen " + MoneyFormat.percent(floor) + "–" + MoneyFormat.percent(cap), "", LAW);
        return plain(raw);
    }

    /**
     * Splits the period into calendar months. With {@code MONTHS} a month weighs 1/12 of the year, and a month the car
     * is available only part of weighs its share of days in that month (the per-month method of the Kluwer tool); with
     * {@code DAYS} every day weighs 1/365 (1/366 in a leap year).
     */
    private static List<Month> months(Input in, BigDecimal yearly, BigDecimal minimumYear, Calculation calc) {
        LocalDate on = in.from();
        YearMonth first = YearMonth.from(in.from());
        YearMonth last = YearMonth.from(in.until());
        int daysInYear = in.from().lengthOfYear();
        BigDecimal[] coefficientOfBand = new BigDecimal[AGE_COEFFICIENTS.length];
        BigDecimal[] yearlyOfBand = new BigDecimal[AGE_COEFFICIENTS.length];
        BigDecimal fullMonthWeight = in.proRata() == ProRata.MONTHS ? BigDecimal.ONE.divide(TWELVE, Money.CALC) : null;
        List<Month> months = new ArrayList<>(12);
        int bandStartMonth = -1;
        int currentBand = -1;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            int age = (int) (m.getYear() * 12L + m.getMonthValue()
                    - (in.firstRegistration().getYear() * 12L + in.firstRegistration().getMonthValue())) + 1;
            int band = Math.min((age - 1) / 12, AGE_COEFFICIENTS.length - 1);
            if (coefficientOfBand[band] == null) {
                coefficientOfBand[band] = calc.number(AGE_COEFFICIENTS[band], on);
                yearlyOfBand[band] = yearly.multiply(coefficientOfBand[band]);
            }
            if (band != currentBand) {
                if (currentBand >= 0) {
                    explainBand(calc, currentBand, coefficientOfBand[currentBand], months.get(bandStartMonth).month(),
                            months.getLast().month(), on);
                }
                currentBand = band;
                bandStartMonth = months.size();
            }
            int monthDays = m.lengthOfMonth();
            int fromDay = m.equals(first) ? in.from().getDayOfMonth() : 1;
            int untilDay = m.equals(last) ? in.until().getDayOfMonth() : monthDays;
            int days = untilDay - fromDay + 1;
            BigDecimal weight;
            if (in.proRata() == ProRata.DAYS) {
                weight = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(daysInYear), Money.CALC);
            } else if (days == monthDays) {
                weight = fullMonthWeight;
            } else {
                weight = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(monthDays * 12L), Money.CALC);
            }
            months.add(new Month(m, coefficientOfBand[band], yearlyOfBand[band].multiply(weight, Money.CALC),
                    minimumYear.multiply(weight, Money.CALC)));
        }
        explainBand(calc, currentBand, coefficientOfBand[currentBand], months.get(bandStartMonth).month(),
                months.getLast().month(), on);
        explainProRata(in, calc, first, last, daysInYear);
        return months;
    }

    private static void explainBand(Calculation calc, int band, BigDecimal coefficient, YearMonth from, YearMonth until,
                                    LocalDate on) {
        RateValue v = calc.rate(AGE_COEFFICIENTS[band], on);
        calc.step("Leeftijdscoëfficiënt " + from + (from.equals(until) ? "" : " t/m " + until) + ": maand "
                        + AGE_LABELS[band] + " sinds de eerste inschrijving (een begonnen maand telt als volle maand)",
                MoneyFormat.percent(coefficient), v.source().citation());
    }

    private static void explainProRata(Input in, Calculation calc, YearMonth first, YearMonth last, int daysInYear) {
        int days = in.until().getDayOfYear() - in.from().getDayOfYear() + 1;
        if (in.proRata() == ProRata.DAYS) {
            calc.step("Naar verhouding per dag: " + days + " dagen beschikbaar van " + in.from() + " t/m " + in.until()
                    + ", elke dag telt voor 1/" + daysInYear + " van het jaarbedrag",
                    days + "/" + daysInYear, "tax-rules.md §4.1 (vaa.dragintra.com)");
            return;
        }
        boolean partial = in.from().getDayOfMonth() != 1 || in.until().getDayOfMonth() != last.lengthOfMonth();
        long monthCount = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        calc.step("Naar verhouding per maand: " + in.from() + " t/m " + in.until() + ", elke volle maand telt voor 1/12"
                        + (partial ? "; een maand waarin de auto maar een deel van de dagen beschikbaar is, telt naar "
                        + "verhouding van die dagen in die maand" : ""),
                monthCount + (monthCount == 1 ? " maand" : " maanden"), "tax-rules.md §4.1 (tools.kluwer.be)");
    }

    /** Without trailing zeros but never in exponent notation: 24000, not 2.4E+4. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
