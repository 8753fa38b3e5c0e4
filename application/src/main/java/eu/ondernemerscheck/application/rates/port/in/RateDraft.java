package eu.ondernemerscheck.application.rates.port.in;

import eu.ondernemerscheck.domain.rules.RateRecord;
import eu.ondernemerscheck.domain.rules.RateVersionInfo;

/** A change waiting to be published: the new value and the value it corrects (null when it adds one). */
public record RateDraft(RateVersionInfo version, RateRecord after, RateRecord before) {
}
