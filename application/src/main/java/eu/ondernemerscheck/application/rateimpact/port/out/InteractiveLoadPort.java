package eu.ondernemerscheck.application.rateimpact.port.out;

import java.time.Duration;

/**
 * People's requests being served right now, so that background work (the recompute after a publication) can give way
 * to them on a machine whose cores it shares with them (issue 9: the portfolio's p95 during a recompute).
 */
public interface InteractiveLoadPort {

    /**
     * Returns once no request of a person is being served, or after {@code atMost}, whichever comes first. The bound
     * keeps background work moving under steady use.
     *
     * @return false when requests were still being served at the bound: one of them may be waiting for the background
     * work itself (a save that needs a row the recompute holds), so the caller should stop giving way for now
     */
    boolean giveWay(Duration atMost);
}
