package eu.ondernemerscheck.domain.exchange;

/** What to do with a file that has wrong lines: import only the valid ones, or import nothing at all. */
public enum ImportMode {
    VALID_LINES, ALL_OR_NOTHING
}
