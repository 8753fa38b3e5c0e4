package eu.ondernemerscheck.application.rateimpact.port.in;

import java.math.BigDecimal;

/**
 * One client result a draft would change: the scheme's main figure on the rates in force ({@code before}) and with the
 * draft ({@code after}); the amounts are null when the figure is not an amount or cannot be computed, the texts are
 * what the accountant sees.
 */
public record ResultChange(String firm, long clientId, String client, int year, String scheme, BigDecimal before,
                           BigDecimal after, String beforeText, String afterText) {

    /** After minus before, when both are amounts; zero otherwise. */
    public BigDecimal difference() {
        return before == null || after == null ? BigDecimal.ZERO : after.subtract(before);
    }
}
