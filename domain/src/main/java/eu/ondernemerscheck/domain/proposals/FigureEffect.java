package eu.ondernemerscheck.domain.proposals;

import java.math.BigDecimal;

/**
 * One scheme's figure before and after a change: as text (a figure that cannot be computed shows why), and the
 * difference in euros where both sides are amounts.
 */
public record FigureEffect(String scheme, String title, String label, String before, String after,
                           BigDecimal difference) {

    public boolean changed() {
        return !before.equals(after);
    }
}
