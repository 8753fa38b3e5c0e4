package eu.ondernemerscheck.domain.portfolio;

/** A signal in the firm-wide list, with the name of the client it is about. */
public record FirmSignal(String clientName, Signal signal) {
}
