package eu.ondernemerscheck.domain.exchange;

import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells in the CSV dialect of RFC 4180 (cells in double quotes may hold separators, quotes doubled and line
 * breaks), with a semicolon or a comma as separator: the one the header line uses.
 */
public final class CsvTable {

    /** One line of the file as cells, with the number of the line it starts on (1 is the header). */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private CsvTable() {
    }

    /** The separator of the header line: a semicolon unless the line has commas and no semicolons. */
    public static char separatorOf(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons == 0 && commas > 0 ? ',' : ';';
    }

    /** @throws InvalidInputException when a quoted cell is never closed */
    public static List<Row> parse(String text) {
        char separator = separatorOf(text);
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                rows.add(new Row(rowLine, cells));
                cells = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new InvalidInputException("bestand", "Regel " + rowLine + ": een cel begint met een"
                    + " aanhalingsteken (\") dat nergens wordt gesloten.");
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, cells));
        }
        return rows;
    }

    /** The rows as CSV text with CRLF line ends (RFC 4180 §2); cells quoted when they need it. */
    public static String write(List<List<String>> rows, char separator) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append(separator);
                }
                String cell = row.get(c) == null ? "" : row.get(c);
                boolean quote = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                        || cell.indexOf('\r') >= 0;
                if (quote) {
                    out.append('"').append(cell.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(cell);
                }
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
