package eu.ondernemerscheck.domain.exchange;

import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.rules.Scheme;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The portfolio as a CSV file a Dutch or Belgian Excel opens straight away: UTF-8 with a byte order mark, semicolons,
 * amounts with a decimal comma, formula-like text neutralised. Its first columns are those the client import reads,
 * so the file imports into another firm as it is.
 */
public final class PortfolioSheet {

    public static final char SEPARATOR = ';';
    private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    private PortfolioSheet() {
    }

    public static byte[] csv(List<PortfolioLine> lines, SchemeCatalogue catalogue) {
        List<Scheme> schemes = catalogue.all();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(ClientImport.NAME, ClientImport.COUNTRY,
                ClientImport.LEGAL_FORM, "klantnummer", "jaar"));
        for (Scheme scheme : schemes) {
            header.add(scheme.definition().title());
        }
        header.add("voorlopige tarieven");
        rows.add(header);
        for (PortfolioLine line : lines) {
            List<String> row = new ArrayList<>();
            row.add(line.client().name());
            row.add(line.client().country().name());
            row.add(line.client().legalForm());
            row.add(Long.toString(line.client().id()));
            row.add(line.year() == null ? "" : line.year().toString());
            boolean provisional = false;
            for (Scheme scheme : schemes) {
                StoredResult result = line.results().stream()
                        .filter(r -> r.scheme().equals(scheme.definition().id())).findFirst().orElse(null);
                row.add(result == null ? "" : cell(result));
                provisional |= result != null && result.provisional();
            }
            row.add(provisional ? "ja" : "nee");
            rows.add(row.stream().map(SpreadsheetCell::neutralise).toList());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(CsvTable.write(rows, SEPARATOR).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** An amount as a number Excel reads in a Dutch locale ({@code 1234,56}); anything else as its text. */
    private static String cell(StoredResult result) {
        if (!result.computed()) {
            return "niet berekend";
        }
        return result.figure() != null ? MoneyFormat.number(result.figure()).replace(".", "")
                : result.figureText();
    }
}
