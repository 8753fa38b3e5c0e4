package eu.ondernemerscheck.domain.exchange;

import java.util.regex.Pattern;

/**
 * Keeps a cell from becoming a formula in a spreadsheet (OWASP CSV Injection): on export, text starting with
 * {@code = + - @}, a tab or a carriage return gets an apostrophe in front, which spreadsheets show as text; on import,
 * such a cell is refused unless it carries that apostrophe, which is then removed, so an exported file imports back
 * unchanged.
 * <p>
 * A plain number such as {@code -1.234,56} is left as it is: it cannot be a formula, and a leading apostrophe would
 * turn a negative amount into text.
 */
public final class SpreadsheetCell {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");

    private SpreadsheetCell() {
    }

    public static boolean startsLikeAFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
                && !PLAIN_NUMBER.matcher(cell).matches();
    }

    /** The cell as it is written to an exported file. */
    public static String neutralise(String cell) {
        if (cell == null) {
            return "";
        }
        return startsLikeAFormula(cell) ? "'" + cell : cell;
    }

    /** An apostrophe this product put before a formula-like cell, removed; any other cell unchanged. */
    public static String unneutralise(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeAFormula(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }
}
