package eu.ondernemerscheck.adapter.persistence.leads;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A lead row in the current firm's schema; the schema comes from the connection, never from the mapping. */
@Entity
@Table(name = "lead")
class LeadEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String phone;

    @Column(nullable = false)
    private String message;

    @Column(nullable = false)
    private String country;

    @Column(name = "check_year", nullable = false)
    private int checkYear;

    @Column(name = "consent_text", nullable = false)
    private String consentText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lead_answer", joinColumns = @JoinColumn(name = "lead_id"))
    @OrderColumn(name = "position")
    private List<LeadAnswerRow> answers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lead_figure", joinColumns = @JoinColumn(name = "lead_id"))
    @OrderColumn(name = "position")
    private List<LeadFigureRow> figures = new ArrayList<>();

    @Version
    private long version;

    protected LeadEntity() {
    }

    LeadEntity(Instant receivedAt, String name, String email, String phone, String message, String country,
               int checkYear, String consentText, List<LeadAnswerRow> answers, List<LeadFigureRow> figures) {
        this.receivedAt = receivedAt;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.message = message;
        this.country = country;
        this.checkYear = checkYear;
        this.consentText = consentText;
        this.answers = new ArrayList<>(answers);
        this.figures = new ArrayList<>(figures);
    }

    Long id() {
        return id;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    String name() {
        return name;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    String message() {
        return message;
    }

    String country() {
        return country;
    }

    int checkYear() {
        return checkYear;
    }

    String consentText() {
        return consentText;
    }

    List<LeadAnswerRow> answers() {
        return answers;
    }

    List<LeadFigureRow> figures() {
        return figures;
    }
}
