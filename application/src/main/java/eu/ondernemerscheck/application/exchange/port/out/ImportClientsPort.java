package eu.ondernemerscheck.application.exchange.port.out;

import eu.ondernemerscheck.domain.exchange.ImportRow;

import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;

/** Stores imported clients in the schema of the firm in the tenant context, as one recorded import. */
public interface ImportClientsPort {

    /**
     * Adds the clients of {@code rows} and records the import; tells {@code progress} the number of rows stored so
     * far now and then.
     *
     * @return the id of the recorded import
     */
    long importAll(List<ImportRow> rows, int skipped, String fileDigest, String mode, String by, Instant at,
                   IntConsumer progress);
}
