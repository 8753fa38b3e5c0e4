package eu.ondernemerscheck.application.exchange.port.in;

import eu.ondernemerscheck.domain.exchange.CsvText;
import eu.ondernemerscheck.domain.exchange.ImportMode;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.Objects;

/** Import the clients of this file, as previewed, in the chosen mode. The file is checked again when imported. */
public record ImportClientsCommand(byte[] file, ImportMode mode) {

    public ImportClientsCommand {
        Objects.requireNonNull(mode, "mode");
        if (file == null || file.length == 0) {
            throw new InvalidInputException("bestand", "Kies eerst een bestand.");
        }
        if (file.length > CsvText.MAX_BYTES) {
            throw new InvalidInputException("bestand", "Het bestand is groter dan 10 MB.");
        }
        file = file.clone();
    }

    @Override
    public byte[] file() {
        return file.clone();
    }
}
