package eu.ondernemerscheck.domain.exchange;

import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.rules.Country;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The export opens in a Dutch Excel as it is, keeps formulas out, and imports back unchanged. */
class PortfolioSheetTest {

    static final List<PortfolioLine> LINES = List.of(
            new PortfolioLine(new Client(1, "Bakkerij Één", Country.NL, "eenmanszaak", 0), 2025, List.of(
                    new StoredResult(1, 2025, "nl-kia", "deduction_eur", new BigDecimal("1234.50"), "€ 1.234,50",
                            "v1", true, false, "", Instant.EPOCH),
                    new StoredResult(1, 2025, "nl-kia-disinvestment", "addition_eur", new BigDecimal("-50.00"),
                            "-€ 50,00", "v1", false, false, "", Instant.EPOCH))),
            new PortfolioLine(new Client(2, "=SUM(A1)", Country.BE, "@bv", 0), null, List.of()),
            new PortfolioLine(new Client(3, "Smit; \"Zonen\"", Country.NL, "", 0), null, List.of()));

    @Test
    void theFileHasABomSemicolonsDecimalCommasAndNoLiveFormulas() {
        byte[] csv = PortfolioSheet.csv(LINES, SchemeCatalogue.standard());
        assertThat(csv[0]).isEqualTo((byte) 0xef);
        assertThat(csv[1]).isEqualTo((byte) 0xbb);
        assertThat(csv[2]).isEqualTo((byte) 0xbf);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).startsWith("naam;land;rechtsvorm;klantnummer;jaar;");
        assertThat(lines[1]).startsWith("Bakkerij Één;NL;eenmanszaak;1;2025;").contains(";1234,5;")
                .contains(";-50;").endsWith(";ja");
        assertThat(lines[2]).startsWith("'=SUM(A1);BE;'@bv;2;;");
        assertThat(lines[3]).startsWith("\"Smit; \"\"Zonen\"\"\";NL;;3;;");
    }

    @Test
    void anExportedFileImportsBackAsTheSameClients() {
        ImportPreview preview = ClientImport.preview(PortfolioSheet.csv(LINES, SchemeCatalogue.standard()),
                List.of());
        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.invalidCount()).isZero();
        assertThat(preview.validRows()).extracting(ImportRow::name)
                .containsExactly("Bakkerij Één", "=SUM(A1)", "Smit; \"Zonen\"");
        assertThat(preview.validRows()).extracting(ImportRow::legalForm).containsExactly("eenmanszaak", "@bv", "");
        assertThat(preview.ignoredColumns()).contains("klantnummer", "jaar", "voorlopige tarieven");
    }
}
