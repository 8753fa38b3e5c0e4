package eu.ondernemerscheck.application.rates.port.in;

import eu.ondernemerscheck.domain.rules.SchemeDefinition;

import java.util.List;

/** The administrator's view of the rates: per scheme every parameter with its history, and the open drafts. */
public interface ViewRatesUseCase {

    /** Every scheme of the catalogue, in catalogue order. */
    List<SchemeDefinition> schemes();

    /**
     * Every parameter of the scheme's rate families with all its stored values.
     *
     * @throws eu.ondernemerscheck.domain.catalogue.UnknownSchemeException when there is no such scheme
     */
    List<RateSeries> series(String schemeId);

    /** Drafts neither published nor discarded, oldest first. */
    List<RateDraft> openDrafts();
}
