package eu.ondernemerscheck.adapter.persistence.leads;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer of a lead's check. */
@Embeddable
class LeadAnswerRow {

    @Column(nullable = false)
    private String scheme;

    @Column(nullable = false)
    private String input;

    @Column(nullable = false)
    private String value;

    protected LeadAnswerRow() {
    }

    LeadAnswerRow(String scheme, String input, String value) {
        this.scheme = scheme;
        this.input = input;
        this.value = value;
    }

    String scheme() {
        return scheme;
    }

    String input() {
        return input;
    }

    String value() {
        return value;
    }
}
