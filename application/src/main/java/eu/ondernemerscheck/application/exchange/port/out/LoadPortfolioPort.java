package eu.ondernemerscheck.application.exchange.port.out;

import eu.ondernemerscheck.domain.exchange.PortfolioLine;

import java.util.List;

/** Every client of the firm in the tenant context with the current results of its latest year with facts. */
public interface LoadPortfolioPort {
    List<PortfolioLine> portfolio();
}
