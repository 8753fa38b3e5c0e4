package eu.ondernemerscheck.application.rateimpact.port.in;

import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.shared.Firm;

import java.util.List;

/**
 * One firm's part of a preview, run by the preview for each firm in turn with that firm as the tenant, in a
 * transaction of its own so each firm is read in its own schema.
 */
public interface FirmImpactUseCase {

    /** Every result of the firm's client years that differs between the two books, plus how many were compared. */
    FirmImpact changesInFirm(Firm firm, RateBook inForce, RateBook withDraft);

    record FirmImpact(int compared, List<ResultChange> changes) {
        public FirmImpact {
            changes = List.copyOf(changes);
        }
    }
}
