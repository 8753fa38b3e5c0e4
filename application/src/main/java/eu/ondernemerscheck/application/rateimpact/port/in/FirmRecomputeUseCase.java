package eu.ondernemerscheck.application.rateimpact.port.in;

import eu.ondernemerscheck.domain.shared.Firm;

import java.util.OptionalInt;

/** One firm's recompute, run with that firm as the tenant in a transaction of its own. */
public interface FirmRecomputeUseCase {

    /** @return how many results were stored, or empty when the firm was not waiting or another worker has it */
    OptionalInt recompute(Firm firm);
}
