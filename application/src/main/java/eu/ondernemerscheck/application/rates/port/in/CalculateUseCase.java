package eu.ondernemerscheck.application.rates.port.in;

import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.shared.FieldError;

import java.util.List;
import java.util.Map;

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

    /**
     * Checks only the inputs against the scheme, so a caller can report every invalid field at once even when another
     * part of the request (the year, say) is wrong too.
     *
     * @return every invalid input; empty when all are valid
     * @throws eu.ondernemerscheck.domain.catalogue.UnknownSchemeException when the catalogue has no such scheme
     */
    List<FieldError> checkInputs(String scheme, Map<String, Object> inputs);
}
