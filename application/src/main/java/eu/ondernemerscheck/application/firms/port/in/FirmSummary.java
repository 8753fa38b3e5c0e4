package eu.ondernemerscheck.application.firms.port.in;

import eu.ondernemerscheck.domain.shared.FirmId;

import java.util.UUID;

/** A firm as the platform knows it: id, the public identifier used in its quick-check link, and its name. */
public record FirmSummary(FirmId id, UUID publicId, String name) {
}
