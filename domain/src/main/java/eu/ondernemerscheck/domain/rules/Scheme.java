package eu.ondernemerscheck.domain.rules;

import java.util.Set;

/**
 * A tax scheme as the catalogue offers it: its definition, the rate parameters that must have a value in a year for
 * that year to be computable, and the calculation itself, a pure function of the inputs, the year and the rates.
 */
public interface Scheme {

    SchemeDefinition definition();

    /** Parameters that must have a value in force during a calendar year for the scheme to answer for that year. */
    Set<RateKey> yearKeys();

    /**
     * @throws eu.ondernemerscheck.domain.shared.InvalidInputException naming every inconsistent input
     * @throws MissingRateException when a rate the calculation needs has no value on the date it is needed
     */
    Outcome calculate(SchemeInputs inputs, int year, RateBook rates);

    default String id() {
        return definition().id();
    }
}
