package eu.ondernemerscheck.adapter.persistence.leads;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One figure of a lead's check, as the visitor saw it. */
@Embeddable
class LeadFigureRow {

    @Column(nullable = false)
    private String scheme;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private String value;

    @Column(name = "rate_status", nullable = false)
    private String rateStatus;

    @Column(name = "rate_version", nullable = false)
    private String rateVersion;

    protected LeadFigureRow() {
    }

    LeadFigureRow(String scheme, String title, String label, String value, String rateStatus, String rateVersion) {
        this.scheme = scheme;
        this.title = title;
        this.label = label;
        this.value = value;
        this.rateStatus = rateStatus;
        this.rateVersion = rateVersion;
    }

    String scheme() {
        return scheme;
    }

    String title() {
        return title;
    }

    String label() {
        return label;
    }

    String value() {
        return value;
    }

    String rateStatus() {
        return rateStatus;
    }

    String rateVersion() {
        return rateVersion;
    }
}
