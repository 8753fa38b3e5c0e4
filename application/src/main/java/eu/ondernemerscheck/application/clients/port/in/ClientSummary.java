package eu.ondernemerscheck.application.clients.port.in;

import eu.ondernemerscheck.domain.rules.Country;

/** A client of the current firm as the portfolio lists it. */
public record ClientSummary(long id, String name, Country country, String legalForm, long version) {
}
