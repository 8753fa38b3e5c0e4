package eu.ondernemerscheck.adapter.web.report;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.invitations.port.out.InvitedAccountPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's own report screen, {@code /mijn-rapport}, without a browser: the signed-in client is offered the PDF of
 * each year of their own record and downloads it; another client of the same firm never shows; accountants and
 * anonymous visitors do not reach the screen.
 */
@IntegrationTest
class OwnReportViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientFactsUseCase facts;
    @Autowired
    InvitedAccountPort invited;

    ReportViewsFixture fixture;
    TenantContext.Scope tenant;
    Client bakery;
    Client garage;
    long bakersAccount;
    long garagesAccount;

    @BeforeEach
    void twoClientsOfOneFirmEachWithAnAccount() {
        fixture = new ReportViewsFixture(context, "Eigen rapport kantoor");
        tenant = TenantContext.enter(fixture.firm.id());
        fixture.signInAsAccountant();
        bakery = register.register(new RegisterClientCommand("Bakkerij Zon " + fixture.suffix, Country.NL, "vof"));
        garage = register.register(new RegisterClientCommand("Garage Maan " + fixture.suffix, Country.NL, "bv"));
        facts.save(new SaveFactsCommand(bakery.id(), 2025, Map.of("nl-kia",
                Map.of("investment_total_eur", new BigDecimal("2901"))), 0));
        facts.save(new SaveFactsCommand(garage.id(), 2024, Map.of("nl-kia",
                Map.of("investment_total_eur", new BigDecimal("60000"))), 0));
        bakersAccount = invited.createAccount(email("bakker"), "Bakker", "{noop}x", Role.CLIENT, fixture.firm.id(),
                bakery.id());
        garagesAccount = invited.createAccount(email("garage"), "Garagist", "{noop}x", Role.CLIENT,
                fixture.firm.id(), garage.id());
    }

    String email(String who) {
        return who + "-" + fixture.suffix + "@example.nl";
    }

    @AfterEach
    void leave() {
        tenant.close();
        SecurityContextHolder.clearContext();
    }

    List<Anchor> reportLinks() {
        return find(Anchor.class).all().stream().filter(a -> a.hasClassName("oc-report-link")).toList();
    }

    @Test
    void theClientIsOfferedTheirOwnReportAndDownloadsIt() throws Exception {
        fixture.signInAs(bakersAccount, email("bakker"), Role.CLIENT);
        navigate(OwnReportView.class);

        List<Anchor> links = reportLinks();
        assertThat(links).extracting(Anchor::getText).containsExactly("Rapport over 2025 (PDF)");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test(links.getFirst()).download(pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            // 28% of € 2.901 on the 2025 KIA table
            assertThat(text).contains("Rapport Bakkerij Zon " + fixture.suffix).contains("€ 812,28")
                    .doesNotContain("Garage Maan");
        }
    }

    @Test
    void anotherClientSeesOnlyTheirOwnYearsAndNeverTheOtherClient() throws Exception {
        fixture.signInAs(garagesAccount, email("garage"), Role.CLIENT);
        OwnReportView view = navigate(OwnReportView.class);

        assertThat(reportLinks()).extracting(Anchor::getText).containsExactly("Rapport over 2024 (PDF)");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Bakkerij").doesNotContain("2025");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test(reportLinks().getFirst()).download(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Rapport Garage Maan")
                    .doesNotContain("Bakkerij Zon");
        }
    }

    @Test
    void aClientWithoutFactsIsToldSoAndOfferedNothing() {
        String email = email("nieuw");
        long account = invited.createAccount(email, "Nieuw", "{noop}x", Role.CLIENT, fixture.firm.id(),
                register.register(new RegisterClientCommand("Nieuw " + fixture.suffix, Country.BE, "bv")).id());
        fixture.signInAs(account, email, Role.CLIENT);
        navigate(OwnReportView.class);

        assertThat(reportLinks()).isEmpty();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Uw accountant heeft nog geen gegevens van u vastgelegd.");
    }

    @Test
    void anAccountantDoesNotReachTheClientsOwnReportScreen() {
        navigate("mijn-rapport", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(OwnReportView.class);
    }
}
