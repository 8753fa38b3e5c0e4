package eu.ondernemerscheck.domain.report;

import eu.ondernemerscheck.domain.branding.Branding;
import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.leads.FigureText;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.YearFacts;
import eu.ondernemerscheck.domain.portfolio.YearResults;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.OutputField;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.rules.Scheme;
import eu.ondernemerscheck.domain.rules.SchemeDefinition;
import eu.ondernemerscheck.domain.rules.Source;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a client report from a year's facts on one rate book: every scheme of the client's country that has
 * facts, in catalogue order, recomputed with its full explanation, so the report shows how each figure came about and
 * which rate values, with which sources, it used.
 */
public final class ClientReports {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final SchemeCatalogue catalogue;
    private final YearResults engine;

    public ClientReports(SchemeCatalogue catalogue) {
        this.catalogue = catalogue;
        this.engine = new YearResults(catalogue);
    }

    public ClientReport assemble(Branding firm, Client client, YearFacts facts, RateBook book,
                                 LocalDate ratesPublishedOn, LocalDateTime generatedAt) {
        List<ReportSection> sections = new ArrayList<>();
        for (Scheme scheme : catalogue.forCountry(client.country())) {
            if (facts.answers().containsKey(scheme.definition().id())) {
                sections.add(section(scheme.definition(), facts, book));
            }
        }
        return new ClientReport(firm, client, facts.year(), sections, book.version(), ratesPublishedOn, generatedAt);
    }

    private ReportSection section(SchemeDefinition definition, YearFacts facts, RateBook book) {
        List<String> references = definition.references().stream().map(Source::citation).toList();
        Outcome outcome;
        try {
            outcome = engine.outcome(definition.id(), facts, book);
        } catch (MissingRateException e) {
            return problem(definition, references, "Niet berekend: voor " + facts.year()
                    + " zijn nog niet alle tarieven bekend.");
        } catch (InvalidInputException e) {
            return problem(definition, references, "Niet berekend: de gegevens zijn onvolledig ("
                    + e.errors().getFirst().message() + ").");
        }
        List<ReportSection.Line> figures = new ArrayList<>();
        List<ReportSection.Line> deadlines = new ArrayList<>();
        for (OutputField field : definition.outputs()) {
            Object value = outcome.output(field.name());
            if (field.kind() == OutputField.Kind.LIST) {
                continue;
            }
            ReportSection.Line line = new ReportSection.Line(field.label(), FigureText.format(field, value));
            if (field.kind() == OutputField.Kind.DATE) {
                if (value != null) {
                    deadlines.add(line);
                }
            } else {
                figures.add(line);
            }
        }
        List<ReportSection.RateLine> rates = outcome.ratesUsed().stream().distinct().map(ClientReports::rateLine)
                .toList();
        return new ReportSection(definition.id(), definition.title(), figures, outcome.explanation(), deadlines, rates,
                references, outcome.warnings(), outcome.status() == RateStatus.PROVISIONAL, "");
    }

    private static ReportSection problem(SchemeDefinition definition, List<String> references, String problem) {
        return new ReportSection(definition.id(), definition.title(), List.of(), List.of(), List.of(), List.of(),
                references, List.of(), false, problem);
    }

    private static ReportSection.RateLine rateLine(RateValue v) {
        String name = v.key().category().isEmpty() ? v.key().parameter()
                : v.key().parameter() + " (" + v.key().category() + ")";
        return new ReportSection.RateLine(name, MoneyFormat.number(v.value()), DUTCH_DATE.format(v.effectiveFrom()),
                v.provisional(), v.source().citation(), DUTCH_DATE.format(v.checkedOn()));
    }
}
