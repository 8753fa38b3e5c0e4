package eu.ondernemerscheck.application.clients.port.in;

import eu.ondernemerscheck.domain.portfolio.FirmSignal;
import eu.ondernemerscheck.domain.portfolio.PortfolioQuery;
import eu.ondernemerscheck.domain.portfolio.PortfolioRow;
import eu.ondernemerscheck.domain.portfolio.Signal;

import java.util.List;

/**
 * The accountant's home: every client of the own firm with the figures of one year, a page at a time (the grid asks
 * for the rows it shows), and the firm's signals ranked by euro value.
 */
public interface PortfolioUseCase {

    /** The year the portfolio opens on: the current calendar year. */
    int currentYear();

    List<PortfolioRow> clients(PortfolioQuery query, int offset, int limit);

    int countClients(PortfolioQuery query);

    /** The legal forms the firm's clients have, for the filter. */
    List<String> legalForms();

    /** The signals of that year across the firm, highest euro value first. */
    List<FirmSignal> signals(int year, int offset, int limit);

    int countSignals(int year);

    /** One client's signals of that year, highest euro value first. */
    List<Signal> clientSignals(long clientId, int year);
}
