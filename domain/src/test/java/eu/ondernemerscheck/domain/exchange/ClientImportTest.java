package eu.ondernemerscheck.domain.exchange;

import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A client list is read line by line; every problem is named per line and column in plain Dutch. */
class ClientImportTest {

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] withBom(String text) {
        byte[] body = utf8(text);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xef;
        out[1] = (byte) 0xbb;
        out[2] = (byte) 0xbf;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    @Test
    void aGoodFileWithSemicolonsAndABomGivesEveryClient() {
        ImportPreview preview = ClientImport.preview(withBom("""
                naam;land;rechtsvorm
                Bakkerij Één;NL;eenmanszaak
                "Smit; Zonen & Co";nl;vof
                Café 't Hoekje;België;BV
                """), List.of());
        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.invalidCount()).isZero();
        assertThat(preview.validRows()).extracting(ImportRow::name)
                .containsExactly("Bakkerij Één", "Smit; Zonen & Co", "Café 't Hoekje");
        assertThat(preview.validRows()).extracting(ImportRow::country)
                .containsExactly(Country.NL, Country.NL, Country.BE);
        assertThat(preview.validRows().get(2).line()).isEqualTo(4);
    }

    @Test
    void commasColumnsInAnyOrderAndUnknownColumnsAreReported() {
        ImportPreview preview = ClientImport.preview(utf8("land,email,Naam\r\nBE,a@b.be,Peeters\r\n"), List.of());
        assertThat(preview.validRows()).singleElement().extracting(ImportRow::name).isEqualTo("Peeters");
        assertThat(preview.ignoredColumns()).containsExactly("email");
    }

    @Test
    void aBadFileNamesEveryProblemPerLineAndColumn() {
        ImportPreview preview = ClientImport.preview(utf8("""
                naam;land;rechtsvorm
                ;NL;bv
                Jansen;DE;bv
                %s;NL;%s
                """.formatted("x".repeat(201), "y".repeat(61))), List.of());
        assertThat(preview.validRows()).isEmpty();
        assertThat(errors(preview, 2)).containsExactly(new FieldError("naam", "Vul de naam van de klant in."));
        assertThat(errors(preview, 3)).containsExactly(new FieldError("land",
                "\"DE\" is geen land dat we kennen: vul NL of BE in."));
        assertThat(errors(preview, 4)).extracting(FieldError::field).containsExactly("naam", "rechtsvorm");
        assertThat(preview.unusable()).isTrue();
    }

    @Test
    void aMixedFileSeparatesGoodAndWrongLinesAndFindsDuplicatesInTheFileAndThePortfolio() {
        List<Client> existing = List.of(new Client(7, "Bakkerij De Zon", Country.NL, "", 0));
        ImportPreview preview = ClientImport.preview(utf8("""
                naam;land
                Nieuw BV;NL
                bakkerij  de zon;NL
                Nieuw bv;nl
                Nieuw BV;BE
                ;
                Kapot;XX
                """), existing);
        assertThat(preview.validRows()).extracting(ImportRow::line).containsExactly(2, 5);
        assertThat(errors(preview, 3)).containsExactly(new FieldError("naam",
                "Deze klant staat al in uw portefeuille."));
        assertThat(errors(preview, 4)).containsExactly(new FieldError("naam",
                "Deze klant staat al op regel 2 van dit bestand."));
        assertThat(preview.invalidCount()).isEqualTo(3);
    }

    @Test
    void formulaLikeCellsAreRefusedUnlessNeutralisedWithAnApostrophe() {
        ImportPreview preview = ClientImport.preview(utf8("""
                naam;land;rechtsvorm
                =HYPERLINK("http://evil.example","klik");NL;bv
                +31 Bouw;NL;bv
                @SUM(A1);NL;bv
                Goed;NL;-cmd|' /C calc'!A0
                "\tTab";NL;
                '=1+1;NL;bv
                """), List.of());
        assertThat(errors(preview, 2)).extracting(FieldError::field).containsExactly("naam");
        assertThat(errors(preview, 2).getFirst().message()).contains("formule");
        assertThat(errors(preview, 3)).extracting(FieldError::field).containsExactly("naam");
        assertThat(errors(preview, 4)).extracting(FieldError::field).containsExactly("naam");
        assertThat(errors(preview, 5)).extracting(FieldError::field).containsExactly("rechtsvorm");
        assertThat(errors(preview, 6)).extracting(FieldError::field).containsExactly("naam");
        assertThat(preview.validRows()).singleElement().extracting(ImportRow::name).isEqualTo("=1+1");
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithTheLineOfTheFirstBadByte() {
        byte[] windows = "naam;land\nJansen;NL\nCafé;BE\n".getBytes(Charset.forName("windows-1252"));
        ImportPreview preview = ClientImport.preview(windows, List.of());
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.fileProblems()).singleElement().asString()
                .contains("niet in UTF-8").contains("regel 3").contains("0xE9").contains("CSV UTF-8");
        assertThat(ClientImport.preview(utf8("naam;land\n\"open;NL\n"), List.of()).fileProblems())
                .singleElement().asString().contains("nergens wordt gesloten");
    }

    @Test
    void missingColumnsAndEmptyFilesAreSaidPlainly() {
        assertThat(ClientImport.preview(utf8("klant;country\nA;NL\n"), List.of()).fileProblems())
                .containsExactly("De kolom \"naam\" ontbreekt in de eerste regel.",
                        "De kolom \"land\" ontbreekt in de eerste regel.");
        assertThat(ClientImport.preview(new byte[0], List.of()).fileProblems()).containsExactly(
                "Het bestand is leeg.");
        assertThat(ClientImport.preview(utf8("naam;land\r\n\r\n"), List.of()).fileProblems())
                .containsExactly("Het bestand bevat geen klanten onder de kopregel.");
    }

    @Test
    void aFileOfTenMegabytesIsReadWholeAndOneByteMoreIsRefused() {
        StringBuilder text = new StringBuilder("naam;land;rechtsvorm\r\n");
        int n = 0;
        while (text.length() < CsvText.MAX_BYTES - 100) {
            text.append("Klant nummer ").append(n++).append(" met een wat langere naam;NL;eenmanszaak\r\n");
        }
        byte[] file = utf8(text.toString());
        byte[] exact = new byte[CsvText.MAX_BYTES];
        System.arraycopy(file, 0, exact, 0, file.length);
        for (int i = file.length; i < exact.length; i++) {
            exact[i] = (byte) (i == exact.length - 1 ? '\n' : ' ');
        }
        ImportPreview preview = ClientImport.preview(exact, List.of());
        assertThat(preview.validRows()).hasSize(n);
        assertThat(preview.invalidCount()).isZero();

        byte[] tooBig = new byte[CsvText.MAX_BYTES + 1];
        System.arraycopy(file, 0, tooBig, 0, file.length);
        assertThat(ClientImport.preview(tooBig, List.of()).fileProblems()).singleElement().asString()
                .contains("groter dan 10 MB");
    }

    private static List<FieldError> errors(ImportPreview preview, int line) {
        return preview.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow().errors();
    }
}
