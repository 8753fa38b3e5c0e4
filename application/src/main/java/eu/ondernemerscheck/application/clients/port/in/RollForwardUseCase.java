package eu.ondernemerscheck.application.clients.port.in;

/**
 * Copies a client's facts of one year to the next and recomputes them with the next year's rates (product.md
 * journey 7). A scheme whose facts cannot hold in the next year (a date inside the old year, say) is left out and
 * named, so the accountant fills it in.
 */
public interface RollForwardUseCase {

    /**
     * @throws eu.ondernemerscheck.domain.portfolio.YearHasFactsException when the next year has facts and
     *         {@code command.replaceNextYear()} is false
     * @throws eu.ondernemerscheck.domain.portfolio.UnknownClientException when the firm has no such client
     * @throws eu.ondernemerscheck.domain.shared.InvalidInputException when the year has no facts to copy
     */
    RolledForward rollForward(RollForwardCommand command);
}
