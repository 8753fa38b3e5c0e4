package eu.ondernemerscheck.domain.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rate data that ships with the product: the reviewed tables under {@code rates/} beside this class, listed in
 * {@code rates/index.txt} whose {@code version:} line names the release of the data. Migrations load these into the
 * database and the engine's tests read the very same files, so there is one source of truth.
 */
public final class ShippedRates {

    private static final String FOLDER = "/eu/ondernemerscheck/domain/rates/";

    private ShippedRates() {
    }

    /** The version of the shipped data, e.g. {@code 2026.11.1}. */
    public static String version() {
        for (String line : lines("index.txt")) {
            if (line.startsWith("version:")) {
                return line.substring("version:".length()).strip();
            }
        }
        throw new IllegalStateException("rates/index.txt names no version");
    }

    /** The files that make up the shipped data, in index order. */
    public static List<String> files() {
        List<String> files = new ArrayList<>();
        for (String line : lines("index.txt")) {
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("version:")) {
                files.add(line.strip());
            }
        }
        return files;
    }

    public static List<RateValue> values() {
        List<RateValue> all = new ArrayList<>();
        for (String file : files()) {
            try (InputStream in = open(file)) {
                all.addAll(RateTable.parse(file, new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    public static RateBook book() {
        return RateBook.of(version(), values());
    }

    private static List<String> lines(String file) {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = ShippedRates.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("shipped rate file missing: " + FOLDER + file);
        }
        return in;
    }
}
