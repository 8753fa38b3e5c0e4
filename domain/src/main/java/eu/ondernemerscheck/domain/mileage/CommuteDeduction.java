package eu.ondernemerscheck.domain.mileage;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.shared.Money;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * BE home-work travel with real costs chosen: a fixed amount per kilometre for a car the person owns, with no distance
 * limit; for other transport, or a car the person does not own, the distance counted is capped one way (tax-rules.md
 * §6.1, FOD Financiën "Voiture, voiture mixte ou minibus").
 */
public final class CommuteDeduction {

    static final RateKey RATE = RateKey.of("be.commute.rate_per_km");
    static final RateKey CAP_OTHER = RateKey.of("be.commute.one_way_cap_km_other");
    static final String FOD = "FOD Financiën, \"Voiture, voiture mixte ou minibus\" (woon-werkverkeer)";

    private CommuteDeduction() {
    }

    public enum Vehicle {
        OWN_CAR, OTHER
    }

    public record Input(BigDecimal oneWayKm, int days, Vehicle vehicle) {
    }

    public record Result(BigDecimal km, Money deduction) {
    }

    public static Result calculate(Input in, Calculation calc) {
        LocalDate yearEnd = LocalDate.of(calc.year(), 12, 31);
        BigDecimal oneWay = in.oneWayKm();
        if (in.vehicle() == Vehicle.OTHER) {
            BigDecimal cap = calc.explainedRate("Grens per enkele rit voor ander vervoer of een auto die niet van u is",
                    CAP_OTHER, yearEnd, Format.NUMBER);
            if (oneWay.compareTo(cap) > 0) {
                calc.step("Afstand per enkele rit begrensd van " + MoneyFormat.number(oneWay) + " km tot",
                        MoneyFormat.number(cap) + " km", FOD);
                oneWay = cap;
            }
        } else {
            calc.step("Eigen auto: geen afstandsgrens", MoneyFormat.number(oneWay) + " km per enkele rit", FOD);
        }
        BigDecimal km = oneWay.multiply(BigDecimal.TWO).multiply(BigDecimal.valueOf(in.days()));
        calc.step("Kilometers woon-werk: " + MoneyFormat.number(oneWay) + " km × 2 × " + in.days() + " dagen",
                MoneyFormat.number(km) + " km", "");
        BigDecimal rate = calc.explainedRate("Forfait per kilometer", RATE, yearEnd, Format.EURO);
        Money deduction = Money.euros(km.multiply(rate));
        calc.step("Aftrek: " + MoneyFormat.number(km) + " km × " + MoneyFormat.display(rate)
                + ", eenmaal afgerond op centen", deduction.display(), FOD);
        return new Result(km.stripTrailingZeros(), deduction);
    }
}
