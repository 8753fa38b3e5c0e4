package eu.ondernemerscheck.application.proposals.port.in;

import eu.ondernemerscheck.domain.proposals.CheckStep;
import eu.ondernemerscheck.domain.proposals.Proposal;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.shared.FieldError;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signed-in client's check for one year: the steps, the answers to start each step with (the client's own draft
 * where there is one, else what the accountant holds), which steps are complete and why not, and the newest version
 * of the proposal (null before the first save).
 *
 * @param yearStatus the status of the year's rates per scheme (absent: no rates for that year yet)
 */
public record ClientCheck(String clientName, Country country, int year, List<CheckStep> steps,
                          Map<String, Map<String, Object>> prefill, Set<String> notApplicable,
                          List<List<FieldError>> problems, Proposal proposal, Map<String, RateStatus> yearStatus) {

    public ClientCheck {
        steps = List.copyOf(steps);
        prefill = Map.copyOf(prefill);
        notApplicable = Set.copyOf(notApplicable);
        problems = problems.stream().map(List::copyOf).toList();
        yearStatus = Map.copyOf(yearStatus);
    }

    public boolean complete(int step) {
        return problems.get(step).isEmpty();
    }

    /** The first step that is not complete, or -1 when all are. */
    public int firstIncomplete() {
        for (int i = 0; i < problems.size(); i++) {
            if (!problems.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** The row version an edit must name: 0 before the first save. */
    public long expectedVersion() {
        return proposal == null ? 0 : proposal.rowVersion();
    }
}
