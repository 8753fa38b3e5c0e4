package eu.ondernemerscheck.domain.portfolio;

import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.catalogue.UnknownSchemeException;
import eu.ondernemerscheck.domain.leads.FigureText;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.OutputField;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.Scheme;
import eu.ondernemerscheck.domain.rules.SchemeInputs;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the results of one client's year from its facts with ONE rate book, so a result never mixes rate
 * versions. A scheme whose year has no rates gets a result without figure that says why; invalid facts are refused
 * before anything is computed.
 */
public final class YearResults {

    private final SchemeCatalogue catalogue;

    public YearResults(SchemeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Every invalid input of every scheme, as {@code scheme.input}; a scheme of another country than the client's, or
     * one the catalogue does not know, is reported by its id.
     */
    public List<FieldError> check(Client client, Map<String, Map<String, Object>> answers) {
        List<FieldError> errors = new ArrayList<>();
        answers.forEach((schemeId, inputs) -> {
            Scheme scheme = catalogue.find(schemeId).orElse(null);
            if (scheme == null) {
                errors.add(new FieldError(schemeId, "Deze regeling kennen we niet."));
            } else if (scheme.definition().country() != client.country()) {
                errors.add(new FieldError(schemeId, "Deze regeling geldt niet voor een klant uit "
                        + (client.country().name().equals("NL") ? "Nederland" : "België") + "."));
            } else {
                try {
                    SchemeInputs.parse(schemeId, inputs, scheme.definition().inputs());
                } catch (InvalidInputException e) {
                    errors.addAll(e.errors());
                }
            }
        });
        return errors;
    }

    /** The results of every scheme with facts, in catalogue order, computed on {@code book}. */
    public List<StoredResult> compute(Client client, YearFacts facts, RateBook book, Instant at) {
        return computeYear(client, facts, book, at).results();
    }

    /**
     * The results of every scheme with facts, in catalogue order, computed on {@code book}, with the outcomes they
     * were read from, so the year's review can use them instead of computing each scheme a second time.
     */
    public ComputedYear computeYear(Client client, YearFacts facts, RateBook book, Instant at) {
        List<FieldError> errors = check(client, facts.answers());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<StoredResult> results = new ArrayList<>();
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Scheme scheme : catalogue.forCountry(client.country())) {
            String id = scheme.definition().id();
            if (facts.answers().containsKey(id)) {
                results.add(resultOf(scheme, facts, book, at, outcomes));
            }
        }
        return new ComputedYear(List.copyOf(results), Collections.unmodifiableMap(outcomes));
    }

    /**
     * A year's stored results and the outcomes behind them, by scheme; a scheme whose year has no rates has a result
     * (without figure) but no outcome.
     */
    public record ComputedYear(List<StoredResult> results, Map<String, Outcome> outcomes) {
    }

    /** The full outcome of one scheme for that year's facts, with its explanation, on {@code book}. */
    public Outcome outcome(String schemeId, YearFacts facts, RateBook book) {
        Scheme scheme = catalogue.find(schemeId).orElseThrow(() -> new UnknownSchemeException(schemeId));
        SchemeInputs inputs = SchemeInputs.parse(schemeId, facts.answers(schemeId), scheme.definition().inputs());
        return scheme.calculate(inputs, facts.year(), book);
    }

    private StoredResult resultOf(Scheme scheme, YearFacts facts, RateBook book, Instant at,
                                  Map<String, Outcome> outcomes) {
        String id = scheme.definition().id();
        OutputField primary = primaryOf(scheme);
        try {
            Outcome outcome = outcome(id, facts, book);
            outcomes.put(id, outcome);
            Object value = outcome.output(primary.name());
            BigDecimal figure = primary.kind() == OutputField.Kind.MONEY && value instanceof BigDecimal d ? d : null;
            return new StoredResult(facts.clientId(), facts.year(), id, primary.name(), figure,
                    FigureText.format(primary, value), outcome.rateVersion(),
                    outcome.status() == RateStatus.PROVISIONAL, false, "", at);
        } catch (MissingRateException e) {
            return new StoredResult(facts.clientId(), facts.year(), id, primary.name(), null, "", book.version(),
                    false, false, e.getMessage(), at);
        }
    }

    private static OutputField primaryOf(Scheme scheme) {
        String name = scheme.definition().primaryOutput();
        return scheme.definition().outputs().stream().filter(o -> o.name().equals(name)).findFirst()
                .orElse(scheme.definition().outputs().getFirst());
    }
}
