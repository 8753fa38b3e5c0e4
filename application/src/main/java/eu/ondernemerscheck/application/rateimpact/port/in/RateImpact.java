package eu.ondernemerscheck.application.rateimpact.port.in;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a draft would change: how many client results were compared and how many change, the total of the increases and
 * of the decreases (in euros, for results that are amounts), the largest changes each way, and the count per firm.
 */
public record RateImpact(long draftVersion, int compared, List<ResultChange> changes, BigDecimal totalUp,
                         BigDecimal totalDown, List<ResultChange> largestUp, List<ResultChange> largestDown,
                         Map<String, Integer> changedPerFirm) {

    public RateImpact {
        changes = List.copyOf(changes);
        largestUp = List.copyOf(largestUp);
        largestDown = List.copyOf(largestDown);
        changedPerFirm = Map.copyOf(changedPerFirm);
    }

    public int changed() {
        return changes.size();
    }
}
