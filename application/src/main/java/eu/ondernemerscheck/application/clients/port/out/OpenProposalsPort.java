package eu.ondernemerscheck.application.clients.port.out;

import java.util.Collection;
import java.util.Map;

/**
 * The place where the portfolio learns how many proposals of each client wait for review. Implemented by the
 * proposals feature once it exists; without an implementation the portfolio shows no count.
 */
public interface OpenProposalsPort {

    /** Client id to the number of open proposals; clients without any may be missing. */
    Map<Long, Integer> openProposals(Collection<Long> clientIds);
}
