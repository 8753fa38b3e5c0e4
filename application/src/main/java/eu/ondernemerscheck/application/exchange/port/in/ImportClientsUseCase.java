package eu.ondernemerscheck.application.exchange.port.in;

import eu.ondernemerscheck.domain.exchange.ImportPreview;

import java.util.concurrent.CompletableFuture;

/** Imports clients into the signed-in accountant's own firm from a CSV file, after a preview. */
public interface ImportClientsUseCase {

    /** Every line of the file checked, against the firm's clients too; nothing is stored. */
    ImportPreview preview(byte[] file);

    /**
     * Imports in the background, in one transaction: either every line the mode takes is stored, or none. The
     * future completes with the outcome, or exceptionally when the import failed and nothing was stored.
     */
    CompletableFuture<ImportOutcome> importClients(ImportClientsCommand command, ImportProgress progress);
}
