package eu.ondernemerscheck.domain.cardeduction;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.shared.Money;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The deductible share of car costs for one taxable year (tax-rules.md §5). Zero-emission cars take the percentage of
 * their order year. Other cars take the CO2 formula within its bounds, limited by the 2023 reform according to their
 * order date and the taxable year; a sole trader's car acquired before 2018 keeps at least 75%.
 */
final class CarCostDeductibility {

    static final RateKey FORMULA_BASE = RateKey.of("be.car_deduction.formula_base");
    static final RateKey FORMULA_STEP = RateKey.of("be.car_deduction.formula_step");
    static final RateKey CNG_LOW_HP_MAX = RateKey.of("be.car_deduction.cng_low_hp_max");
    static final RateKey MINIMUM_PCT = RateKey.of("be.car_deduction.minimum_pct");
    static final RateKey MAXIMUM_PCT = RateKey.of("be.car_deduction.maximum_pct");
    static final RateKey HIGH_CO2_LIMIT = RateKey.of("be.car_deduction.high_co2_limit");
    static final RateKey HIGH_CO2_PCT = RateKey.of("be.car_deduction.high_co2_pct");
    static final RateKey UNKNOWN_CO2_PCT = RateKey.of("be.car_deduction.unknown_co2_pct");
    static final RateKey ZERO_EMISSION_PCT = RateKey.of("be.car_deduction.zero_emission_pct");
    static final RateKey PHEV_FUEL_PCT = RateKey.of("be.car_deduction.phev_fuel_pct");
    static final RateKey PHEV_NEW_LAW = RateKey.of("be.car_deduction.phev_sole_trader_new_law");
    static final String FOSSIL_CAP = "be.car_deduction.fossil_cap";
    static final String FOSSIL_FLOOR = "be.car_deduction.fossil_floor_applies";
    static final String PRE_2018_MINIMUM = "be.car_deduction.pre2018_minimum_pct";
    static final String FUEL_COEFFICIENT = "be.car_deduction.fuel_coefficient";
    static final String LAW = "art. 66 §1 en art. 198bis WIB 92 (tax-rules.md §5)";
    static final String REFORM = "Wet van 25 november 2021 (vergroening autofiscaliteit), tax-rules.md §5.2";

    private CarCostDeductibility() {
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
    }

    public enum Taxpayer {
        SOLE_TRADER, COMPANY
    }

    /**
     * @param co2 CO2 in g/km, null when unknown
     * @param fiscalHp fiscal horsepower, null when not given
     * @param professionalKm with {@code totalKm} and {@code costs}: all three or none
     */
    public record Input(Fuel fuel, BigDecimal co2, Integer fiscalHp, LocalDate orderDate, LocalDate acquisitionDate,
                        Taxpayer taxpayer, BigDecimal professionalKm, BigDecimal totalKm, BigDecimal costs) {
    }

    /** Fractions unrounded; {@code formulaPct} null when the CO2 is unknown. */
    public record Result(BigDecimal formulaPct, BigDecimal deductiblePct, BigDecimal professionalUsePct,
                         Money deductibleCosts) {
    }

    public static Result calculate(Input in, Calculation calc) {
        LocalDate taxYear = LocalDate.of(calc.year(), 1, 1);
        BigDecimal base = calc.explainedRate("Formule: basispercentage", FORMULA_BASE, taxYear, Format.PERCENT);
        BigDecimal step = calc.explainedRate("Formule: per g/km CO2, maal de brandstofcoëfficiënt", FORMULA_STEP, taxYear,
                Format.PERCENT);
        BigDecimal coefficient = fuelCoefficient(in, calc, taxYear);
        BigDecimal maximum = calc.number(MAXIMUM_PCT, taxYear);
        BigDecimal co2 = in.fuel().zeroEmission() ? BigDecimal.ZERO : in.co2();
        BigDecimal formula = null;
        if (co2 != null) {
            formula = plain(base.subtract(step.multiply(coefficient).multiply(co2)));
            calc.step("Formule: " + MoneyFormat.percent(base) + " − " + MoneyFormat.percent(step) + " × "
                    + MoneyFormat.number(coefficient) + " × " + MoneyFormat.number(co2) + " g/km",
                    MoneyFormat.percent(formula), LAW);
        }
        BigDecimal pct = in.fuel().zeroEmission() ? zeroEmission(in, calc, maximum)
                : fossil(in, calc, taxYear, formula, maximum);
        pct = plain(pct);
        calc.step("Aftrekbaar percentage", MoneyFormat.percent(pct), "");

        BigDecimal share = null;
        Money deductible = null;
        if (in.costs() != null) {
            share = plain(in.professionalKm().divide(in.totalKm(), Money.CALC));
            calc.step("Beroepsmatig gebruik: " + MoneyFormat.number(in.professionalKm()) + " km / "
                            + MoneyFormat.number(in.totalKm()) + " km", MoneyFormat.percent(share.round(new MathContext(6))), "tax-rules.md §5.1 (gebruikelijke regel)");
            deductible = Money.euros(in.costs().multiply(share).multiply(pct));
            calc.step("Aftrekbare kosten: " + MoneyFormat.display(in.costs()) + " × beroepsmatig deel × "
                    + MoneyFormat.percent(pct) + ", eenmaal afgerond op centen", deductible.display(), LAW);
            calc.warn("Financieringskosten en kosten van een mobiele telefoon vallen niet onder deze beperking: "
                    + "laat ze buiten de opgegeven autokosten en trek ze volgens het beroepsmatig deel af.");
        }
        return new Result(formula, pct, share, deductible);
    }

    private static BigDecimal fuelCoefficient(Input in, Calculation calc, LocalDate taxYear) {
        String category = switch (in.fuel()) {
            case DIESEL -> "diesel";
            case CNG -> {
                BigDecimal hpMax = calc.number(CNG_LOW_HP_MAX, taxYear);
                if (in.fiscalHp() == null) {
                    calc.warn("Aardgas (CNG): zonder fiscale pk rekenen we met de gewone coëfficiënt; tot en met "
                            + MoneyFormat.number(hpMax) + " fiscale pk geldt een lagere coëfficiënt en dus een hogere "
                            + "aftrek.");
                    yield "other";
                }
                yield BigDecimal.valueOf(in.fiscalHp()).compareTo(hpMax) <= 0 ? "cng_low_hp" : "other";
            }
            default -> "other";
        };
        String label = switch (category) {
            case "diesel" -> "Brandstofcoëfficiënt diesel";
            case "cng_low_hp" -> "Brandstofcoëfficiënt aardgas tot en met de pk-grens (" + in.fiscalHp() + " fiscale pk)";
            default -> "Brandstofcoëfficiënt andere motoren (benzine, LPG, elektrisch, aardgas boven de pk-grens en alle "
                    + "hybrides, ook diesel-elektrisch)";
        };
        return calc.explainedRate(label, RateKey.of(FUEL_COEFFICIENT, category), taxYear, Format.NUMBER);
    }

    private static BigDecimal zeroEmission(Input in, Calculation calc, BigDecimal maximum) {
        BigDecimal pct = calc.explainedRate("Emissievrije wagen besteld op " + in.orderDate()
                + ": percentage van het besteljaar, voor de hele levensduur",
                ZERO_EMISSION_PCT, in.orderDate(), Format.PERCENT);
        return pct.min(maximum);
    }

    private static BigDecimal fossil(Input in, Calculation calc, LocalDate taxYear, BigDecimal formula,
                                     BigDecimal maximum) {
        String year = Integer.toString(calc.year());
        BigDecimal floorApplies = calc.number(RateKey.of(FOSSIL_FLOOR, year), in.orderDate());
        BigDecimal cap = calc.explainedRate("Hervorming 2023: hoogste aftrek in " + year + " voor een wagen besteld op "
                + in.orderDate(), RateKey.of(FOSSIL_CAP, year), in.orderDate(), Format.PERCENT);
        boolean floors = floorApplies.signum() != 0;
        BigDecimal pct;
        if (formula == null) {
            pct = calc.explainedRate("CO2-uitstoot onbekend: vast percentage", UNKNOWN_CO2_PCT, taxYear, Format.PERCENT);
            calc.warn("Zonder CO2-uitstoot geldt het vaste percentage voor een onbekende uitstoot; geef de uitstoot van "
                    + "het inschrijvingsbewijs voor een juist percentage.");
        } else if (floors) {
            pct = withFloors(in, calc, taxYear, formula, maximum);
        } else {
            calc.step("Wagen besteld vanaf 1 juli 2023: in " + year + " gelden de ondergrenzen (50%, 40%) niet meer; "
                    + "alleen 0% en " + MoneyFormat.percent(maximum) + " begrenzen de formule", "", REFORM);
            pct = formula.max(BigDecimal.ZERO).min(maximum);
        }
        if (pct.compareTo(cap) > 0) {
            calc.step("Begrensd door de hervorming van 2023 (bestelling op " + in.orderDate() + ", aanslagjaar van "
                    + "belastbaar tijdperk " + year + ")", MoneyFormat.percent(cap), REFORM);
            pct = cap;
        }
        RateKey minimumKey = RateKey.of(PRE_2018_MINIMUM, in.taxpayer().name().toLowerCase(Locale.ROOT));
        BigDecimal minimum = calc.number(minimumKey, in.acquisitionDate());
        if (minimum.signum() > 0) {
            calc.explainedRate("Personenbelasting, wagen aangekocht vóór 2018 (" + in.acquisitionDate()
                    + "): verworven minimum", minimumKey, in.acquisitionDate(), Format.PERCENT);
            if (pct.compareTo(minimum) < 0) {
                calc.step("Het verworven minimum is hoger dan het percentage hierboven en geldt", MoneyFormat.percent(
                        minimum), LAW);
                pct = minimum;
            }
        }
        if (in.fuel().pluginHybrid()) {
            pluginHybridNotes(in, calc, taxYear);
        }
        return pct;
    }

    private static BigDecimal withFloors(Input in, Calculation calc, LocalDate taxYear, BigDecimal formula,
                                         BigDecimal maximum) {
        BigDecimal limit = calc.explainedRate("Grens hoge uitstoot (g/km, deze waarde zelf inbegrepen)", HIGH_CO2_LIMIT,
                taxYear, Format.NUMBER);
        if (in.co2().compareTo(limit) >= 0) {
            calc.step("Bronnen verschillen over precies " + MoneyFormat.number(limit) + " g/km (bnr.be: 'of meer'; "
                    + "beroepskosten.be en dvp-law.com: 'meer dan'); wij volgen bnr.be", "", "tax-rules.md §5.1");
            return calc.explainedRate("Uitstoot van " + MoneyFormat.number(in.co2()) + " g/km, niet lager dan de grens: "
                    + "vast percentage", HIGH_CO2_PCT, taxYear, Format.PERCENT);
        }
        BigDecimal minimum = calc.explainedRate("Ondergrens van de formule", MINIMUM_PCT, taxYear, Format.PERCENT);
        if (formula.compareTo(minimum) < 0) {
            calc.step("De formule komt onder de ondergrens: de ondergrens geldt", MoneyFormat.percent(minimum), LAW);
            return minimum;
        }
        if (formula.compareTo(maximum) > 0) {
            calc.step("De formule komt boven het maximum: het maximum geldt", MoneyFormat.percent(maximum), LAW);
            return maximum;
        }
        calc.step("De formule ligt tussen " + MoneyFormat.percent(minimum) + " en " + MoneyFormat.percent(maximum), "",
                LAW);
        return formula;
    }

    private static void pluginHybridNotes(Input in, Calculation calc, LocalDate taxYear) {
        BigDecimal fuelPct = calc.number(PHEV_FUEL_PCT, in.orderDate());
        if (fuelPct.compareTo(BigDecimal.ONE) < 0) {
            calc.warn("Plug-in hybride besteld op " + in.orderDate() + ": brandstofkosten zijn hoogstens voor "
                    + MoneyFormat.percent(fuelPct) + " aftrekbaar. Dit percentage geldt voor de andere autokosten; "
                    + "reken de brandstof apart.");
        }
        if (in.taxpayer() == Taxpayer.SOLE_TRADER && calc.number(PHEV_NEW_LAW, taxYear).signum() != 0) {
            calc.warn("De wet van 18 december 2025 (circulaire 2026/C/11) geeft plug-in hybrides van zelfstandigen in de "
                    + "personenbelasting vanaf 2026 een eigen regeling (tot 100% naargelang de CO2-uitstoot, boven "
                    + "75 g/km hoogstens 75%). Die regeling is nog niet volledig verwerkt: dit percentage volgt de "
                    + "hervorming van 2023 en kan lager uitvallen dan wat de nieuwe wet toestaat.");
        }
    }

    /** Without trailing zeros but never in exponent notation: 24000, not 2.4E+4. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
