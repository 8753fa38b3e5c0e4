package eu.ondernemerscheck.domain.mileage;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.shared.Money;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * BE maximum tax-free allowance for business trips with one's own car: the federal civil-servant rate per km in force
 * on the day driven, quarterly indexed or the yearly rate (1 July – 30 June), for at most a yearly number of km per
 * calendar year; beyond that the real costs must be proven (tax-rules.md §6.2).
 */
final class BusinessMileageAllowance {

    static final String RATE = "be.mileage_business.rate_per_km";
    static final RateKey FORFAIT_KM = RateKey.of("be.mileage_business.forfait_km_per_year");
    static final String SOURCE = "tax-rules.md §6.2 (besox.be; sociare.be)";

    private BusinessMileageAllowance() {
    }

    public enum Indexation {
        QUARTERLY, ANNUAL
    }

    /** @param kmBefore business km already reimbursed at the forfait earlier in the same calendar year */
    public record Input(BigDecimal businessKm, LocalDate date, Indexation indexation, BigDecimal kmBefore) {
    }

    public record Result(BigDecimal rate, BigDecimal kmAtForfait, BigDecimal kmNeedingProof, Money maxTaxFree) {
    }

    public static Result calculate(Input in, Calculation calc) {
        String category = in.indexation() == Indexation.ANNUAL ? "annual" : "quarterly";
        BigDecimal rate = calc.explainedRate(in.indexation() == Indexation.ANNUAL
                        ? "Jaartarief per km (1 juli – 30 juni) op " + in.date()
                        : "Tarief per km op " + in.date() + " (per kwartaal geïndexeerd; vóór 1 juli 2022 het jaartarief)",
                RateKey.of(RATE, category), in.date(), Format.NUMBER);
        BigDecimal limit = calc.explainedRate("Hoogstens zoveel km per kalenderjaar tegen het forfait", FORFAIT_KM,
                in.date(), Format.NUMBER);
        BigDecimal room = limit.subtract(in.kmBefore()).max(BigDecimal.ZERO);
        calc.step("Nog ruimte dit jaar: " + MoneyFormat.number(limit) + " − " + MoneyFormat.number(in.kmBefore())
                + " km al eerder vergoed", MoneyFormat.number(room) + " km", SOURCE);
        BigDecimal atForfait = plain(in.businessKm().min(room));
        BigDecimal needingProof = plain(in.businessKm().subtract(atForfait));
        calc.step("Kilometers tegen het forfait", MoneyFormat.number(atForfait) + " km", SOURCE);
        if (needingProof.signum() > 0) {
            calc.step("Kilometers boven de jaargrens: alleen met bewijs van de werkelijke kosten",
                    MoneyFormat.number(needingProof) + " km", SOURCE);
            calc.warn("Voor " + MoneyFormat.number(needingProof) + " km boven de grens van " + MoneyFormat.number(limit)
                    + " km per jaar moet u de werkelijke kosten kunnen bewijzen.");
        }
        Money max = Money.euros(atForfait.multiply(rate));
        calc.step("Maximale belastingvrije vergoeding: " + MoneyFormat.number(atForfait) + " km × "
                + MoneyFormat.number(rate) + " €/km, eenmaal afgerond op centen", max.display(), SOURCE);
        calc.step("Alleen voor dienstverplaatsingen, niet voor woon-werkverkeer; de fiscus en de RSZ aanvaarden dit "
                + "bedrag zonder bewijs van kosten", "", SOURCE);
        return new Result(plain(rate), atForfait, needingProof, max);
    }

    /** Without trailing zeros but never in exponent notation: 24000, not 2.4E+4. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
