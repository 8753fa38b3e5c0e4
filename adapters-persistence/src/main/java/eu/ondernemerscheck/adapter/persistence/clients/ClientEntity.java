package eu.ondernemerscheck.adapter.persistence.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A client row in the current firm's schema; the schema comes from the connection, never from the mapping. */
@Entity
@Table(name = "client")
class ClientEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String country;

    @Column(name = "legal_form", nullable = false)
    private String legalForm;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ClientEntity() {
    }

    ClientEntity(String name, String country, String legalForm) {
        this.name = name;
        this.country = country;
        this.legalForm = legalForm;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String country() {
        return country;
    }

    String legalForm() {
        return legalForm;
    }

    long version() {
        return version;
    }
}
