package eu.ondernemerscheck.domain.exchange;

import java.util.List;

/**
 * What an import file would bring in, before anything is stored: every client line with its problems, the problems
 * of the file as a whole (a missing column, no lines) and the columns that are not used.
 */
public record ImportPreview(List<ImportRow> rows, List<String> fileProblems, List<String> ignoredColumns) {

    public ImportPreview {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    public static ImportPreview refused(String problem) {
        return new ImportPreview(List.of(), List.of(problem), List.of());
    }

    public List<ImportRow> validRows() {
        return rows.stream().filter(ImportRow::valid).toList();
    }

    public long invalidCount() {
        return rows.stream().filter(r -> !r.valid()).count();
    }

    /** Nothing can be imported at all. */
    public boolean unusable() {
        return !fileProblems.isEmpty() || validRows().isEmpty();
    }
}
