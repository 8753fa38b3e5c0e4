package eu.ondernemerscheck.application.exchange.port.in;

/**
 * How an import ended: the clients added, the lines left out, and, when nothing was imported although the accountant
 * confirmed, why (empty otherwise).
 */
public record ImportOutcome(int imported, int skipped, String refusal) {
    public ImportOutcome {
        refusal = refusal == null ? "" : refusal;
    }

    public boolean refused() {
        return !refusal.isEmpty();
    }
}
