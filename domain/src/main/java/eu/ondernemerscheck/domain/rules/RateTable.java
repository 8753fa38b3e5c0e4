package eu.ondernemerscheck.domain.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the reviewed rate data: tab-separated lines with the columns {@code parameter, category, effective_from,
 * effective_until, value, status, checked_on, source_title, source_url, note}. Lines starting with {@code #} and blank
 * lines are comments. Any malformed line is refused with its line number: rate data is read completely or not at all.
 */
public final class RateTable {

    public static final List<String> COLUMNS = List.of("parameter", "category", "effective_from", "effective_until",
            "value", "status", "checked_on", "source_title", "source_url", "note");

    private RateTable() {
    }

    public static List<RateValue> parse(String name, Reader reader) {
        List<RateValue> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int number = 0;
            boolean headerSeen = false;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (!headerSeen) {
                    if (!List.of(cells).equals(COLUMNS)) {
                        throw new IllegalArgumentException(name + ":" + number + ": expected the header "
                                + String.join("<TAB>", COLUMNS));
                    }
                    headerSeen = true;
                    continue;
                }
                out.add(row(name, number, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read", e);
        }
        return out;
    }

    private static RateValue row(String name, int number, String[] cells) {
        String where = name + ":" + number + ": ";
        if (cells.length != COLUMNS.size()) {
            throw new IllegalArgumentException(where + "expected " + COLUMNS.size() + " tab-separated cells, found "
                    + cells.length);
        }
        try {
            String title = cells[7].strip();
            if (title.isEmpty()) {
                throw new IllegalArgumentException(where + "every value names its source");
            }
            return new RateValue(RateKey.of(cells[0].strip(), cells[1].strip()), LocalDate.parse(cells[2].strip()),
                    LocalDate.parse(cells[3].strip()), new BigDecimal(cells[4].strip()),
                    RateStatus.fromCode(cells[5].strip()), new Source(title, cells[8].strip()),
                    LocalDate.parse(cells[6].strip()), cells[9].strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
    }
}
