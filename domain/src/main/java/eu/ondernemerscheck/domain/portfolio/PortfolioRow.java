package eu.ondernemerscheck.domain.portfolio;

import eu.ondernemerscheck.domain.rules.Country;

import java.math.BigDecimal;

/**
 * One client in the portfolio with the figures of the chosen year (null where the year has none) and its top signal.
 *
 * @param topSignal the label of the top signal's kind (its sentence is in the client's signals); empty when none
 * @param openProposals the client's proposals waiting for review; null while the firm has no proposals
 */
public record PortfolioRow(long clientId, String name, Country country, String legalForm, String fitText,
                           BigDecimal kiaEur, BigDecimal vaaEur, BigDecimal carCostsEur, String topSignal,
                           BigDecimal topSignalEur, int signalCount, boolean provisional, Integer openProposals) {

    public PortfolioRow {
        fitText = fitText == null ? "" : fitText;
        topSignal = topSignal == null ? "" : topSignal;
        legalForm = legalForm == null ? "" : legalForm;
    }

    public PortfolioRow withOpenProposals(Integer count) {
        return new PortfolioRow(clientId, name, country, legalForm, fitText, kiaEur, vaaEur, carCostsEur, topSignal,
                topSignalEur, signalCount, provisional, count);
    }
}
