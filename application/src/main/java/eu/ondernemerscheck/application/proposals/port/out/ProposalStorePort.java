package eu.ondernemerscheck.application.proposals.port.out;

import eu.ondernemerscheck.domain.proposals.Proposal;
import eu.ondernemerscheck.domain.proposals.ProposalStatus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Proposals in the schema of the firm in the tenant context. */
public interface ProposalStorePort {

    /** The newest version of that client and year. */
    Optional<Proposal> latest(long clientId, int year);

    Optional<Proposal> find(long id);

    /** Stores a new version; returns it with its id and row version 1. */
    Proposal insert(Proposal proposal);

    /**
     * Stores the changed proposal if it is still at {@code proposal.rowVersion()}; returns it with the next row version.
     *
     * @throws eu.ondernemerscheck.domain.shared.ChangedMeanwhileException otherwise, naming who saved last and when
     */
    Proposal update(Proposal proposal);

    /** Oldest submission first. */
    List<Proposal> withStatus(ProposalStatus status);

    /** Newest first. */
    List<Proposal> ofClient(long clientId);

    List<Integer> years(long clientId);

    Map<Long, Integer> countPerClient(ProposalStatus status);
}
