package eu.ondernemerscheck.domain.report;

import eu.ondernemerscheck.domain.rules.ExplanationStep;

import java.util.List;
import java.util.Objects;

/**
 * One scheme in the report: its title, its figures (label and value as shown), the steps of the calculation, the
 * dates and deadlines it gives, the rate values used with their sources, the scheme's legal and official references,
 * warnings, whether a provisional rate was used, and {@code problem} when it could not be computed.
 */
public record ReportSection(String schemeId, String title, List<Line> figures, List<ExplanationStep> steps,
                            List<Line> deadlines, List<RateLine> rates, List<String> references, List<String> warnings,
                            boolean provisional, String problem) {

    /** A label and its value as shown. */
    public record Line(String label, String value) {
    }

    /** One rate value used: what it is, its value, since when, its status and where it was read. */
    public record RateLine(String parameter, String value, String validFrom, boolean provisional, String source,
                           String checkedOn) {
    }

    public ReportSection {
        Objects.requireNonNull(schemeId, "schemeId");
        Objects.requireNonNull(title, "title");
        figures = List.copyOf(figures);
        steps = List.copyOf(steps);
        deadlines = List.copyOf(deadlines);
        rates = List.copyOf(rates);
        references = List.copyOf(references);
        warnings = List.copyOf(warnings);
        problem = problem == null ? "" : problem;
    }
}
