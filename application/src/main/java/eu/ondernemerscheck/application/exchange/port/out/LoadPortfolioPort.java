package eu.ondernemerscheck.application.exchange.port.out;

import eu.ondernemerscheck.domain.exchange.PortfolioLine;

import java.util.List;

/** Clients of the firm in the tenant context with their stored results of one year. */
public interface LoadPortfolioPort {

    /**
     * The clients with these ids, in the order of {@code clientIds}, each with its stored results of {@code year}
     * (the line's year is empty when the client has no facts for that year); unknown ids are left out.
     */
    List<PortfolioLine> portfolio(int year, List<Long> clientIds);
}
