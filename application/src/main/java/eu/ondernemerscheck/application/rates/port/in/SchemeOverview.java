package eu.ondernemerscheck.application.rates.port.in;

import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.SchemeDefinition;

import java.util.Map;

/** A scheme of the catalogue with the years it has rates for and each year's status. */
public record SchemeOverview(SchemeDefinition definition, Map<Integer, RateStatus> years) {
}
