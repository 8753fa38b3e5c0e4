package eu.ondernemerscheck.domain.shared;

/**
 * Identifies an accountancy firm, the tenant whose client data lives in its own database schema. Platform records
 * refer to a firm by this id only, never by a foreign key into the firm's schema.
 */
public record FirmId(long value) {
    public FirmId {
        if (value <= 0) {
            throw new IllegalArgumentException("a firm id is positive");
        }
    }

    /** The name of the firm's own schema; derived from the id alone, so no user input ever reaches it. */
    public String schemaName() {
        return "firm_" + value;
    }
}
