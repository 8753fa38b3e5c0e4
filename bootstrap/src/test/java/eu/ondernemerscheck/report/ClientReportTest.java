package eu.ondernemerscheck.report;

import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.branding.port.in.FirmBrandingUseCase;
import eu.ondernemerscheck.application.branding.port.in.SaveBrandingCommand;
import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.report.port.in.ClientReportUseCase;
import eu.ondernemerscheck.application.report.port.in.OwnReportUseCase;
import eu.ondernemerscheck.application.report.port.in.ReportFile;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.UnknownClientException;
import eu.ondernemerscheck.domain.report.NoFactsException;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.SharedContextSecurity;
import eu.ondernemerscheck.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client report as the accountant and the client download it: a real PDF, read back with PDFBox's text
 * extraction, with the firm's branding, the figures and how they were computed, the sources, the provisional notice
 * where it applies, page numbers and the date; one page is rendered to PNG (pdftoppm) to look at.
 */
@IntegrationTest
class ClientReportTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    SaveAccountPort accounts;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientFactsUseCase facts;
    @Autowired
    FirmBrandingUseCase branding;
    @Autowired
    ClientReportUseCase reports;
    @Autowired
    OwnReportUseCase ownReports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    Firm firm;
    long accountant;
    Client bakery;
    Client consultant;
    String suffix;

    @BeforeEach
    void aBrandedFirmWithADutchAndABelgianClient() throws IOException {
        SharedContextSecurity.useSharedStrategy(context);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        firm = AsAdministrator.provision(firms, "Rapportkantoor " + suffix);
        accountant = accounts.create("rapport-" + suffix + "@example.nl", "Accountant", "{noop}x", Role.ACCOUNTANT,
                firm.id());
        SignedInForTest.signIn(accountant, "rapport-" + suffix + "@example.nl", Role.ACCOUNTANT, firm.id());
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            branding.save(SaveBrandingCommand.of("Van Dijk & Peeters Belastingadvies", "#8b1f3a", "logo.png",
                    png(), false, 0));
            bakery = register.register(new RegisterClientCommand("Bakkerij Één & Zonen", Country.NL, "vof"));
            facts.save(new SaveFactsCommand(bakery.id(), 2025, Map.of(
                    "nl-kia", Map.of("investment_total_eur", new BigDecimal("2901")),
                    "nl-kor", Map.of("taxable_turnover_eur", new BigDecimal("15000"))), 0));
            consultant = register.register(new RegisterClientCommand("Peeters Consult", Country.BE, "bv"));
            facts.save(new SaveFactsCommand(consultant.id(), 2025, Map.of(
                    "be-car-deductibility", Map.of("fuel", "diesel", "co2_g_km", new BigDecimal("120"),
                            "order_date", "2024-05-15", "car_costs_eur", new BigDecimal("8000"),
                            "professional_km", new BigDecimal("12000"), "total_km", new BigDecimal("20000"))), 0));
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAccountantsReportShowsTheFiguresTheirComputationSourcesPagesAndBranding() throws Exception {
        ReportFile file;
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            file = reports.report(bakery.id(), 2025);
        }
        assertThat(file.fileName()).isEqualTo("rapport-van-dijk-peeters-belastingadvies-" + bakery.id()
                + "-2025.pdf");
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            String text = new PDFTextStripper().getText(pdf);
            int pages = pdf.getNumberOfPages();
            assertThat(text).contains("Van Dijk & Peeters Belastingadvies")
                    .contains("Rapport Bakkerij Één & Zonen")
                    .contains("Belastingjaar 2025")
                    .contains("Kleinschaligheidsinvesteringsaftrek (KIA)")
                    // KIA-02 of the sample cases: 28% of € 2.901
                    .contains("€ 812,28")
                    .contains("Zo is het berekend")
                    .contains("Gebruikte tarieven")
                    .contains("Belastingdienst")
                    .contains("Wettelijke en officiële bronnen")
                    .contains("Tariefversie:")
                    .contains("Gemaakt op ")
                    .contains("pagina 1 van " + pages)
                    .contains("pagina " + pages + " van " + pages)
                    .doesNotContain("voorlopige tarieven");
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
                }
            }
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("the logo is on the page").isNotEmpty();
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Van Dijk & Peeters Belastingadvies");
        }
        assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where action = 'client.report.made'"
                + " and firm_id = ? and subject = ?", Integer.class, firm.id().value(), "client " + bakery.id()
                + " year 2025")).isEqualTo(1);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("client-report.pdf"), file.content());
    }

    @Test
    void aReportWithProvisionalRatesSaysSoVisiblyAndIsRenderedToAnImage() throws Exception {
        ReportFile file;
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            file = reports.report(consultant.id(), 2025);
        }
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Let op: voorlopige tarieven")
                    .contains("Berekend met voorlopige tarieven.")
                    .contains("voorlopig)")
                    .contains("bnr.be")
                    .contains("België · bv")
                    .contains("pagina 1 van ");
        }
        Files.createDirectories(SCREENSHOTS);
        Path pdfFile = SCREENSHOTS.resolve("client-report-provisional.pdf");
        Files.write(pdfFile, file.content());
        Path png = SCREENSHOTS.resolve("client-report-page-1");
        List<String> command = new ArrayList<>(List.of("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1",
                "-singlefile", pdfFile.toString(), png.toString()));
        Process render = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).as(new String(render.getInputStream().readAllBytes())).isZero();
        BufferedImage page = ImageIO.read(SCREENSHOTS.resolve("client-report-page-1.png").toFile());
        assertThat(page.getWidth()).isGreaterThan(600);
        // the firm's colour band across the top of the page
        assertThat(page.getRGB(page.getWidth() / 2, 3) & 0xffffff).isEqualTo(0x8b1f3a);
    }

    @Test
    void anotherFirmsAccountantCannotReachTheClientAndAClientCannotUseTheAccountantsReport() {
        Firm other = AsAdministrator.provision(firms, "Ander rapportkantoor " + suffix);
        try (TenantContext.Scope ignored = TenantContext.enter(other.id())) {
            SignedInForTest.signIn(accountant + 1000, "ander@example.nl", Role.ACCOUNTANT, other.id());
            assertThatThrownBy(() -> reports.report(bakery.id(), 2025)).isInstanceOf(UnknownClientException.class);
        }
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            SignedInForTest.signIn(accountant, "klant@example.nl", Role.CLIENT, firm.id());
            assertThatThrownBy(() -> reports.report(bakery.id(), 2025)).isInstanceOf(AccessDeniedException.class);
            SignedInForTest.signIn(accountant, "rapport-" + suffix + "@example.nl", Role.ACCOUNTANT, firm.id());
            assertThatThrownBy(() -> reports.report(bakery.id(), 2024)).isInstanceOf(NoFactsException.class);
        }
    }

    @Test
    void aClientGetsTheReportOfTheirOwnRecordOnly() throws Exception {
        String email = "klant-" + suffix + "@example.nl";
        long client = accounts.create(email, "Klant", "{noop}x", Role.CLIENT, firm.id());
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            SignedInForTest.signIn(client, email, Role.CLIENT, firm.id());
            assertThat(ownReports.ownReportYears()).as("not linked to a client record yet").isEmpty();
            assertThatThrownBy(() -> ownReports.ownReport(2025)).isInstanceOf(NoFactsException.class);

            jdbc.update("update platform.app_user set client_id = ? where id = ?", consultant.id(), client);
            assertThat(ownReports.ownReportYears()).containsExactly(2025);
            ReportFile file = ownReports.ownReport(2025);
            assertThat(file.fileName()).endsWith("-" + consultant.id() + "-2025.pdf");
            try (PDDocument pdf = Loader.loadPDF(file.content())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("Rapport Peeters Consult")
                        .doesNotContain("Bakkerij");
            }
            assertThatThrownBy(() -> ownReports.ownReport(2024)).isInstanceOf(NoFactsException.class);
        }
    }

    @Test
    void anSvgLogoIsDrawnInTheReport() throws Exception {
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 100\">"
                + "<rect width=\"300\" height=\"100\" fill=\"#1f8b5f\"/></svg>").getBytes(StandardCharsets.UTF_8);
        ReportFile file;
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            var current = branding.ownBranding();
            branding.save(SaveBrandingCommand.of(current.displayName(), current.colour().hex(), "logo.svg", svg,
                    false, current.version()));
            file = reports.report(bakery.id(), 2025);
        }
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            var resources = pdf.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).as("the SVG logo is on the page as a picture").singleElement()
                    .satisfies(image -> assertThat(image.getImage().getRGB(image.getWidth() / 2,
                            image.getHeight() / 2) & 0xffffff).isEqualTo(0x1f8b5f));
        }
    }

    static byte[] png() throws IOException {
        BufferedImage logo = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        var g = logo.createGraphics();
        g.setColor(new java.awt.Color(0x8b1f3a));
        g.fillRect(0, 0, 240, 80);
        g.setColor(java.awt.Color.WHITE);
        g.fillOval(20, 10, 60, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", out);
        return out.toByteArray();
    }
}
