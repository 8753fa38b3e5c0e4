package eu.ondernemerscheck.domain.proposals;

import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.portfolio.YearFacts;
import eu.ondernemerscheck.domain.portfolio.YearResults;
import eu.ondernemerscheck.domain.rules.InputField;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.Scheme;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A proposal beside the facts the firm holds: which inputs it changes, and what each change and all changes together
 * do to every figure. Both sides are computed with {@link YearResults} on ONE rate book, so a difference is never a
 * difference in rates. An input left out counts as its default, on both sides, so taking over a default is no change.
 */
public final class ProposalComparison {

    private final SchemeCatalogue catalogue;
    private final YearResults engine;

    public ProposalComparison(SchemeCatalogue catalogue) {
        this.catalogue = catalogue;
        this.engine = new YearResults(catalogue);
    }

    /** The changes and their effects; {@code effects} are those of all changes together. */
    public record Comparison(List<FieldChange> changes, List<FigureEffect> effects) {
        public Comparison {
            changes = List.copyOf(changes);
            effects = List.copyOf(effects);
        }

        public Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>();
            changes.forEach(c -> keys.add(c.key()));
            return keys;
        }
    }

    public Comparison compare(Client client, YearFacts current, Proposal proposal, RateBook book, Instant at) {
        List<FieldChange> bare = changes(current, proposal);
        List<StoredResult> before = results(client, current.answers(), current, book, at);
        List<FieldChange> changes = new ArrayList<>();
        for (FieldChange c : bare) {
            Map<String, Map<String, Object>> one = merged(current.answers(), proposal, Set.of(c.key()));
            changes.add(new FieldChange(c.key(), c.scheme(), c.schemeTitle(), c.input(), c.label(), c.current(),
                    c.proposed(), c.currentText(), c.proposedText(),
                    effects(before, results(client, one, current, book, at)).stream()
                            .filter(FigureEffect::changed).toList()));
        }
        Map<String, Map<String, Object>> all = merged(current.answers(), proposal, keysOf(bare));
        return new Comparison(changes, effects(before, results(client, all, current, book, at)));
    }

    /**
     * The facts with the proposal's values of {@code keys} ({@code scheme.input}) taken over; every other fact stays.
     * A proposed value equal to the input's default is written out, so the facts say what the client answered.
     */
    public Map<String, Map<String, Object>> merged(Map<String, Map<String, Object>> facts, Proposal proposal,
                                                   Collection<String> keys) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        facts.forEach((scheme, inputs) -> out.put(scheme, new LinkedHashMap<>(inputs)));
        for (String key : keys) {
            int dot = key.indexOf('.');
            if (dot < 0) {
                continue;
            }
            String scheme = key.substring(0, dot);
            String input = key.substring(dot + 1);
            Map<String, Object> proposed = proposal.answers().get(scheme);
            if (proposed == null || proposal.notApplicable().contains(scheme)) {
                continue;
            }
            Map<String, Object> target = out.computeIfAbsent(scheme, s -> new LinkedHashMap<>());
            Object value = proposed.get(input);
            if (value == null) {
                target.remove(input);
            } else {
                target.put(input, value);
            }
        }
        return out;
    }

    private List<FieldChange> changes(YearFacts current, Proposal proposal) {
        List<FieldChange> out = new ArrayList<>();
        for (Scheme scheme : catalogue.all()) {
            String id = scheme.definition().id();
            Map<String, Object> proposed = proposal.answers().get(id);
            if (proposed == null || proposal.notApplicable().contains(id)) {
                continue;
            }
            Map<String, Object> held = current.answers(id);
            for (InputField f : scheme.definition().inputs()) {
                if (!proposed.containsKey(f.name())) {
                    continue;
                }
                Object was = held.containsKey(f.name()) ? held.get(f.name()) : f.defaultValue();
                Object is = proposed.get(f.name());
                if (same(was, is)) {
                    continue;
                }
                out.add(new FieldChange(id + "." + f.name(), id, scheme.definition().title(), f.name(), f.label(),
                        was, is, text(f, was), text(f, is), List.of()));
            }
        }
        return out;
    }

    private static Set<String> keysOf(List<FieldChange> changes) {
        Set<String> keys = new LinkedHashSet<>();
        changes.forEach(c -> keys.add(c.key()));
        return keys;
    }

    private List<StoredResult> results(Client client, Map<String, Map<String, Object>> answers, YearFacts current,
                                       RateBook book, Instant at) {
        YearFacts facts = new YearFacts(client.id(), current.year(), answers, current.version(), at,
                current.updatedBy());
        try {
            return engine.compute(client, facts, book, at);
        } catch (InvalidInputException e) {
            List<StoredResult> refused = new ArrayList<>();
            for (String scheme : answers.keySet()) {
                String why = e.errors().stream().filter(err -> err.field().startsWith(scheme))
                        .map(FieldError::message).findFirst().orElse(null);
                if (why != null) {
                    refused.add(new StoredResult(client.id(), current.year(), scheme, "", null, "", "", false,
                            false, "Past niet bij de andere gegevens: " + why, at));
                }
            }
            return refused;
        }
    }

    private List<FigureEffect> effects(List<StoredResult> before, List<StoredResult> after) {
        Map<String, StoredResult> was = new LinkedHashMap<>();
        before.forEach(r -> was.put(r.scheme(), r));
        Map<String, StoredResult> is = new LinkedHashMap<>();
        after.forEach(r -> is.put(r.scheme(), r));
        List<FigureEffect> out = new ArrayList<>();
        for (Scheme scheme : catalogue.all()) {
            String id = scheme.definition().id();
            StoredResult b = was.get(id);
            StoredResult a = is.get(id);
            if (b == null && a == null) {
                continue;
            }
            String label = scheme.definition().outputs().stream()
                    .filter(o -> o.name().equals(scheme.definition().primaryOutput())).findFirst()
                    .map(o -> o.label()).orElse("");
            BigDecimal difference = b != null && a != null && b.figure() != null && a.figure() != null
                    ? a.figure().subtract(b.figure()) : null;
            out.add(new FigureEffect(id, scheme.definition().title(), label, shown(b), shown(a), difference));
        }
        return out;
    }

    private static String shown(StoredResult r) {
        if (r == null) {
            return "–";
        }
        if (!r.computed()) {
            return r.problem();
        }
        return r.figureText().isEmpty() ? "–" : r.figureText();
    }

    static boolean same(Object a, Object b) {
        BigDecimal x = decimal(a);
        BigDecimal y = decimal(b);
        if (x != null && y != null) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a == null ? null : String.valueOf(a), b == null ? null : String.valueOf(b));
    }

    private static BigDecimal decimal(Object o) {
        if (o instanceof BigDecimal d) {
            return d;
        }
        if (o instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }

    /** A value as a person reads it: amounts in euros, yes or no, a choice's label, dates day-month-year. */
    public static String text(InputField f, Object value) {
        if (value == null) {
            return "–";
        }
        BigDecimal number = decimal(value);
        return switch (f.type()) {
            case MONEY -> number != null ? MoneyFormat.display(number) : String.valueOf(value);
            case FRACTION -> number != null ? MoneyFormat.percent(number) : String.valueOf(value);
            case DECIMAL, INTEGER -> number != null ? MoneyFormat.number(number) : String.valueOf(value);
            case BOOLEAN -> Boolean.TRUE.equals(value) ? "ja" : "nee";
            case CHOICE -> f.options().stream().filter(o -> o.value().equals(value)).map(InputField.Option::label)
                    .findFirst().orElse(String.valueOf(value));
            case DATE, MONTH, MONTH_OR_DATE -> date(String.valueOf(value));
            default -> String.valueOf(value);
        };
    }

    private static String date(String iso) {
        try {
            if (iso.length() == 7) {
                YearMonth m = YearMonth.parse(iso);
                return String.format("%02d-%d", m.getMonthValue(), m.getYear());
            }
            LocalDate d = LocalDate.parse(iso);
            return d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + d.getYear();
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
