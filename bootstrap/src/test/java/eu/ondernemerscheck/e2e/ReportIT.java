package eu.ondernemerscheck.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journey 5 on the packaged jar with demo data: the demo accountant downloads a demo client's PDF report from the
 * client workspace and the portfolio as CSV as the grid shows it; the demo client downloads their own report. Each
 * file is read back; page 1 of the report is kept as a PNG (pdftoppm) in {@code target/screenshots}.
 */
class ReportIT extends DemoJourney {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String FIRM = "Demokantoor Van Dijk & Peeters";

    static void portfolioOf2025(Page page, String search) {
        page.navigate(app.baseUrl() + "portefeuille");
        Browser.choose(page, page.locator("vaadin-select").first(), "2025");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Zoek op naam")).fill(search);
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theAccountantDownloadsABrandedReportWithTheFigureShownOnScreenAndItsRateVersion() throws Exception {
        Page page = browser.newPage();
        DemoSignIn.signIn(page, app, app.demoAccount("ACCOUNTANT"));
        portfolioOf2025(page, "Peeters Consult");
        // the grid reuses its cells while a search takes effect; the count says when it has
        assertThat(page.getByText("1 klant", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Peeters Consult")).click();
        page.waitForURL(Pattern.compile(".*/klanten/\\d+\\?jaar=2025$"));
        Browser.screenshot(page, "report-it-workspace");
        assertThat(page.locator("h2").first()).hasText("Peeters Consult");
        Locator figure = page.locator(".oc-scheme[data-scheme='be-car-deductibility'] .oc-figure");
        assertThat(figure).hasText(Pattern.compile("\\d"), new LocatorAssertions.HasTextOptions().setTimeout(20_000));
        String shown = figure.textContent().strip();

        Download download = page.waitForDownload(() -> page.locator("a.oc-report-link[data-year='2025']").click());
        assertTrue(download.suggestedFilename().matches("rapport-demokantoor-van-dijk-peeters-\\d+-2025\\.pdf"),
                download.suggestedFilename());
        Files.createDirectories(SCREENSHOTS);
        Path pdf = SCREENSHOTS.resolve("report-it-accountant.pdf");
        download.saveAs(pdf);

        String text = pdfText(pdf);
        assertTrue(text.contains(FIRM), text);
        assertTrue(text.contains("Rapport Peeters Consult"), text);
        assertTrue(text.contains(shown), "the figure on screen, " + shown + ", is in the report");
        assertTrue(Pattern.compile("Tariefversie: \\S+").matcher(text).find(), text);
        assertTrue(text.contains("Let op: voorlopige tarieven"), text);

        Path png = SCREENSHOTS.resolve("report-it-page-1");
        Process render = new ProcessBuilder(List.of("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1",
                "-singlefile", pdf.toString(), png.toString())).redirectErrorStream(true).start();
        assertTrue(render.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, render.exitValue(), new String(render.getInputStream().readAllBytes()));
        BufferedImage page1 = ImageIO.read(SCREENSHOTS.resolve("report-it-page-1.png").toFile());
        assertTrue(page1.getWidth() > 600);
    }

    @Test
    void theAccountantExportsWhatThePortfolioGridShows() throws Exception {
        Page page = browser.newPage();
        DemoSignIn.signIn(page, app, app.demoAccount("ACCOUNTANT"));
        portfolioOf2025(page, "Peeters Consult");
        assertThat(page.getByText("1 klant", new Page.GetByTextOptions().setExact(true))).isVisible();
        Browser.screenshot(page, "portfolio-before-export");

        Download download = page.waitForDownload(() -> page.locator("a.oc-export-link").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals(2, lines.size(), csv);
        assertTrue(lines.get(0).startsWith("\uFEFFnaam;land;rechtsvorm;"), lines.get(0));
        assertTrue(lines.get(1).startsWith("Peeters Consult;BE;eenmanszaak;"), lines.get(1));
        assertTrue(lines.get(1).contains(";2025;"), lines.get(1));
    }

    @Test
    void theDemoClientDownloadsTheirOwnReportOnly() throws Exception {
        String[] client = app.demoAccount("CLIENT");
        Page page = browser.newPage();
        page.navigate(app.baseUrl() + "login");
        page.getByLabel("E-mailadres").fill(client[0]);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(client[1]);
        page.locator("vaadin-button:has-text('Inloggen')").first().click();
        page.waitForURL(app.baseUrl());

        page.navigate(app.baseUrl() + "mijn-rapport");
        Locator link = page.locator("a.oc-report-link[data-year='2025']");
        assertThat(link).hasText("Rapport over 2025 (PDF)");
        assertThat(page.locator("body")).not().containsText("Peeters Consult");
        Browser.screenshot(page, "own-report");
        Download download = page.waitForDownload(link::click);
        Files.createDirectories(SCREENSHOTS);
        Path pdf = SCREENSHOTS.resolve("report-it-client.pdf");
        download.saveAs(pdf);

        String text = pdfText(pdf);
        assertTrue(text.contains(FIRM), text);
        assertTrue(text.contains("Rapport Bakkerij De Zon"), text);
        assertTrue(text.contains("Kleinschaligheidsinvesteringsaftrek (KIA)"), text);
        assertTrue(!text.contains("Peeters Consult"), "another client's report never reaches the client");
    }
}
