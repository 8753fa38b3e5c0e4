package eu.ondernemerscheck.application.rateimpact.port.in;

/**
 * How far the recompute after a publication is: firms in the list, firms still waiting, and firms set aside after a
 * failure (they keep their old results until retried).
 */
public record RecomputeProgress(int firms, int waiting, int failed) {

    public boolean finished() {
        return waiting == 0;
    }

    /** Between 0 and 1, for a progress bar. */
    public double fraction() {
        return firms == 0 ? 1 : (firms - waiting - failed) / (double) firms;
    }
}
