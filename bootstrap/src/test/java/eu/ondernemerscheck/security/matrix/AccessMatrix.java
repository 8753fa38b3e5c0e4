package eu.ondernemerscheck.security.matrix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one file that says who may do what: {@code access-matrix.tsv} on the test class path. One row per route
 * ({@code route}) and per application-service method ({@code method}), one column per persona. Route cells are
 * {@code open} (the view shows), {@code login} (sent to the login view) or {@code closed} (shown something else);
 * method cells are {@code allow} or {@code deny}. A route row has a sample path in its last column, where
 * {@code {firmA}} stands for firm A's public quick-check id.
 */
final class AccessMatrix {

    record Row(String kind, String target, Map<Persona, String> expected, String samplePath) {
    }

    private final Map<String, Row> rows;

    private AccessMatrix(Map<String, Row> rows) {
        this.rows = rows;
    }

    static AccessMatrix load() {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AccessMatrix.class.getResourceAsStream("/access-matrix.tsv")) {
            if (in == null) {
                throw new IllegalStateException("access-matrix.tsv is missing from the test class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Persona> columns = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t+");
                if (columns == null) {
                    columns = Arrays.stream(cells).skip(2).limit(Persona.values().length)
                            .map(AccessMatrix::persona).toList();
                    continue;
                }
                Map<Persona, String> expected = new EnumMap<>(Persona.class);
                for (int i = 0; i < columns.size(); i++) {
                    expected.put(columns.get(i), cells[2 + i].strip());
                }
                String sample = cells.length > 2 + columns.size() ? cells[2 + columns.size()].strip() : null;
                Row row = new Row(cells[0].strip(), cells[1].strip(), expected, sample);
                if (rows.put(row.kind() + " " + row.target(), row) != null) {
                    throw new IllegalStateException("two rows for " + row.target());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AccessMatrix(rows);
    }

    private static Persona persona(String column) {
        return Arrays.stream(Persona.values()).filter(p -> p.column.equals(column)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown persona column " + column));
    }

    Optional<Row> route(String template) {
        return Optional.ofNullable(rows.get("route " + template));
    }

    Optional<Row> method(String name) {
        return Optional.ofNullable(rows.get("method " + name));
    }

    List<String> targets(String kind) {
        return rows.values().stream().filter(r -> r.kind().equals(kind)).map(Row::target).toList();
    }
}
