package eu.ondernemerscheck.domain.exchange;

import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a client list: a header line naming the columns {@code naam}, {@code land} and optionally
 * {@code rechtsvorm} (in any order; other columns, such as those of an exported portfolio, are ignored), then one
 * client per line. Every line is checked on its own and against the others and the firm's existing clients, so the
 * preview shows every problem at once. Two clients are the same when their names match ignoring case, accents of
 * composition and extra spaces, in the same country.
 */
public final class ClientImport {

    public static final String NAME = "naam";
    public static final String COUNTRY = "land";
    public static final String LEGAL_FORM = "rechtsvorm";
    static final int MAX_NAME = 200;
    static final int MAX_LEGAL_FORM = 60;

    private ClientImport() {
    }

    public static ImportPreview preview(byte[] file, List<Client> existing) {
        try {
            return preview(CsvText.decode(file), existing);
        } catch (InvalidInputException e) {
            return ImportPreview.refused(e.errors().getFirst().message());
        }
    }

    public static ImportPreview preview(String text, List<Client> existing) {
        List<CsvTable.Row> table;
        try {
            table = CsvTable.parse(text);
        } catch (InvalidInputException e) {
            return ImportPreview.refused(e.errors().getFirst().message());
        }
        if (table.isEmpty()) {
            return ImportPreview.refused("Het bestand is leeg.");
        }
        List<String> header = table.getFirst().cells().stream()
                .map(c -> SpreadsheetCell.unneutralise(c.strip()).strip().toLowerCase(Locale.ROOT)).toList();
        int name = header.indexOf(NAME);
        int country = header.indexOf(COUNTRY);
        int legalForm = header.indexOf(LEGAL_FORM);
        List<String> problems = new ArrayList<>();
        if (name < 0) {
            problems.add("De kolom \"naam\" ontbreekt in de eerste regel.");
        }
        if (country < 0) {
            problems.add("De kolom \"land\" ontbreekt in de eerste regel.");
        }
        if (!problems.isEmpty()) {
            return new ImportPreview(List.of(), problems, List.of());
        }
        List<String> ignored = header.stream().filter(h -> !h.equals(NAME) && !h.equals(COUNTRY)
                && !h.equals(LEGAL_FORM) && !h.isBlank()).toList();
        Set<String> known = new HashSet<>();
        for (Client c : existing) {
            known.add(key(c.name(), c.country()));
        }
        Map<String, Integer> seen = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>();
        for (CsvTable.Row row : table.subList(1, table.size())) {
            if (!row.blank()) {
                rows.add(check(row, name, country, legalForm, known, seen));
            }
        }
        if (rows.isEmpty()) {
            problems.add("Het bestand bevat geen klanten onder de kopregel.");
        }
        return new ImportPreview(rows, problems, ignored);
    }

    private static ImportRow check(CsvTable.Row row, int nameColumn, int countryColumn, int legalFormColumn,
                                   Set<String> known, Map<String, Integer> seen) {
        List<FieldError> errors = new ArrayList<>();
        String name = text(row.cell(nameColumn), NAME, MAX_NAME, errors);
        if (name.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError(NAME, "Vul de naam van de klant in."));
        }
        Country country = country(row.cell(countryColumn), errors);
        String legalForm = legalFormColumn < 0 ? "" : text(row.cell(legalFormColumn), LEGAL_FORM, MAX_LEGAL_FORM,
                errors);
        if (!name.isEmpty() && country != null) {
            String key = key(name, country);
            if (known.contains(key)) {
                errors.add(new FieldError(NAME, "Deze klant staat al in uw portefeuille."));
            } else if (seen.containsKey(key)) {
                errors.add(new FieldError(NAME, "Deze klant staat al op regel " + seen.get(key)
                        + " van dit bestand."));
            } else {
                seen.put(key, row.line());
            }
        }
        return new ImportRow(row.line(), name, country, legalForm, errors);
    }

    private static String text(String raw, String column, int max, List<FieldError> errors) {
        if (SpreadsheetCell.startsLikeAFormula(raw)) {
            errors.add(new FieldError(column, "Begint met \"" + visible(raw.charAt(0)) + "\": een rekenblad kan dit"
                    + " als formule uitvoeren. Zet er een apostrof (') voor als het echt zo moet."));
            return raw.strip();
        }
        String value = SpreadsheetCell.unneutralise(raw).strip();
        if (value.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            errors.add(new FieldError(column, "Bevat een regeleinde of een ander onzichtbaar teken."));
        } else if (value.length() > max) {
            errors.add(new FieldError(column, "Is te lang: hoogstens " + max + " tekens."));
        }
        return value;
    }

    private static Country country(String raw, List<FieldError> errors) {
        String value = Normalizer.normalize(raw.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return switch (value) {
            case "nl", "nederland" -> Country.NL;
            case "be", "belgie", "belgique" -> Country.BE;
            default -> {
                errors.add(new FieldError(COUNTRY, value.isEmpty() ? "Vul het land in: NL of BE."
                        : "\"" + shorten(raw.strip()) + "\" is geen land dat we kennen: vul NL of BE in."));
                yield null;
            }
        };
    }

    /** The same client: name without case, composition differences or extra spaces, within one country. */
    static String key(String name, Country country) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        return country.name() + "|" + plain;
    }

    private static String visible(char c) {
        return switch (c) {
            case '\t' -> "tab";
            case '\r' -> "regeleinde";
            default -> String.valueOf(c);
        };
    }

    private static String shorten(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }
}
