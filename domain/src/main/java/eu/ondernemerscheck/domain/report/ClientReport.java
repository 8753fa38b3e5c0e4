package eu.ondernemerscheck.domain.report;

import eu.ondernemerscheck.domain.branding.Branding;
import eu.ondernemerscheck.domain.portfolio.Client;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a client report shows, assembled before it is laid out: the firm's branding, the client and year, one
 * section per scheme with facts, the rate version and the day it was published (null when unknown), and when the
 * report was made.
 */
public record ClientReport(Branding firm, Client client, int year, List<ReportSection> sections, String rateVersion,
                           LocalDate ratesPublishedOn, LocalDateTime generatedAt) {

    public ClientReport {
        Objects.requireNonNull(firm, "firm");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(generatedAt, "generatedAt");
        sections = List.copyOf(sections);
        rateVersion = rateVersion == null ? "" : rateVersion;
    }

    /** Whether any figure of the report rests on a provisional rate. */
    public boolean provisional() {
        return sections.stream().anyMatch(ReportSection::provisional);
    }
}
