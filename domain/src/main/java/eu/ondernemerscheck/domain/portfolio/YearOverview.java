package eu.ondernemerscheck.domain.portfolio;

import java.math.BigDecimal;
import java.util.List;

/**
 * One client's year at a glance, as the portfolio lists it: whether the KOR (NL) or the small-enterprise exemption
 * (BE) fits, the KIA, the benefit in kind of a company car, the deductible car costs, whether any result used
 * provisional rates, and the signals ranked by euro value.
 *
 * @param fit null when the year has no KOR or exemption facts
 */
public record YearOverview(long clientId, int year, Boolean fit, String fitText, BigDecimal kiaEur, BigDecimal vaaEur,
                           BigDecimal carCostsEur, boolean provisional, List<Signal> signals) {

    public YearOverview {
        fitText = fitText == null ? "" : fitText;
        signals = signals.stream().sorted(Signal.RANKING).toList();
    }

    public Signal topSignal() {
        return signals.isEmpty() ? null : signals.getFirst();
    }
}
