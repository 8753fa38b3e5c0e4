package eu.ondernemerscheck.application.rates.port.in;

import eu.ondernemerscheck.domain.rules.Outcome;

/**
 * Computes one scheme for one year from the rates in force now.
 *
 * @see eu.ondernemerscheck.domain.catalogue.UnknownSchemeException
 */
public interface CalculateUseCase {

    /**
     * @throws eu.ondernemerscheck.domain.catalogue.UnknownSchemeException when the catalogue has no such scheme
     * @throws eu.ondernemerscheck.domain.shared.InvalidInputException naming every invalid input
     * @throws eu.ondernemerscheck.domain.rules.MissingRateException when the year has no rates
     */
    Outcome calculate(CalculateCommand command);
}
