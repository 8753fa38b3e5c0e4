package eu.ondernemerscheck.application.proposals.port.in;

import java.util.Map;

/** For the portfolio: how many proposals wait for a decision, per client of the signed-in accountant's firm. */
public interface OpenProposalsQuery {

    /** Client id to the number of submitted proposals; clients without any are absent. */
    Map<Long, Integer> openProposalsPerClient();
}
