package eu.ondernemerscheck.adapter.web.report;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Image;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.branding.port.in.FirmBrandingUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.branding.Branding;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The firm's branding screen, {@code /kantoor}, without a browser: the accountant sets the name and colour and uploads
 * a logo through the real upload; a file that is not what it says, or an active SVG, is refused in plain words and
 * changes nothing; only accountants reach the screen. The tenant context is entered as the request filter does.
 */
@IntegrationTest
class BrandingViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    FirmBrandingUseCase branding;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SaveAccountPort accounts;

    ReportViewsFixture fixture;
    TenantContext.Scope tenant;

    @BeforeEach
    void aFirmWithAnAccountant() {
        fixture = new ReportViewsFixture(context, "Huisstijlkantoor");
        tenant = TenantContext.enter(fixture.firm.id());
    }

    @AfterEach
    void leave() {
        tenant.close();
        SecurityContextHolder.clearContext();
    }

    Branding stored() {
        return branding.ownBranding();
    }

    @Test
    void theAccountantSetsNameColourAndLogoAndTheyAreStored() throws IOException {
        fixture.signInAsAccountant();
        BrandingView view = navigate(BrandingView.class);

        test(view.displayName).setValue("Van Dijk Belastingadvies " + fixture.suffix);
        test(view.colour).setValue("#8b1f3a");
        assertThat(view.swatch.isVisible()).isTrue();
        assertThat(view.swatch.getStyle().get("background-color")).isEqualTo("#8b1f3a");
        test(view.upload).upload("logo.png", "image/png", png());
        roundTrip();
        assertThat(view.logoMessage.getText()).contains("goedgekeurd").contains("PNG");
        test(view.save).click();

        Branding saved = stored();
        assertThat(saved.displayName()).isEqualTo("Van Dijk Belastingadvies " + fixture.suffix);
        assertThat(saved.colour().hex()).isEqualTo("#8b1f3a");
        assertThat(saved.optionalLogo()).hasValueSatisfying(logo -> assertThat(logo.width()).isEqualTo(120));
        assertThat(find(Image.class, view.logoPreview).all()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where firm_id = ?"
                + " and action = 'firm.branding.saved'", Integer.class, fixture.firm.id().value())).isPositive();
    }

    @Test
    void aFileThatIsNotAnImageOrAnActiveSvgIsRefusedInPlainWordsAndNothingChanges() throws IOException {
        fixture.signInAsAccountant();
        BrandingView view = navigate(BrandingView.class);
        test(view.upload).upload("logo.png", "image/png", png());
        roundTrip();
        test(view.save).click();
        Branding before = stored();
        assertThat(before.optionalLogo()).isPresent();

        test(view.upload).upload("logo.png", "image/png", "<html>geen afbeelding</html>"
                .getBytes(StandardCharsets.UTF_8));
        roundTrip();
        assertThat(view.logoMessage.getText()).isEqualTo("Dit bestand is geen PNG-, JPEG- of SVG-afbeelding.");
        assertThat(view.logoMessage.hasClassName("oc-error")).isTrue();

        test(view.upload).upload("logo.svg", "image/svg+xml", ("<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>").getBytes(StandardCharsets.UTF_8));
        roundTrip();
        assertThat(view.logoMessage.getText()).contains("een script").contains("nemen we zo'n SVG niet aan")
                .doesNotContain("Exception");

        test(view.upload).upload("logo.svg", "image/svg+xml", ("<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<image href=\"https://tracker.example/pixel.png\" width=\"1\" height=\"1\"/></svg>")
                .getBytes(StandardCharsets.UTF_8));
        roundTrip();
        assertThat(view.logoMessage.getText()).contains("verwijst naar iets buiten het bestand");

        test(view.upload).upload("logo.jpg", "image/jpeg", png());
        roundTrip();
        assertThat(view.logoMessage.getText()).contains("eindigt op .jpg").contains("PNG");

        assertThat(stored()).as("nothing changed").isEqualTo(before);
        assertThat(find(Image.class, view.logoPreview).all()).as("the stored logo is still shown").hasSize(1);
        test(view.save).click();
        assertThat(stored().optionalLogo()).as("saving after a refusal keeps the stored logo")
                .isEqualTo(before.optionalLogo());
    }

    @Test
    void aWrongColourIsShownBesideTheFieldKeepsWhatWasTypedAndSavesNothing() {
        fixture.signInAsAccountant();
        BrandingView view = navigate(BrandingView.class);
        Branding before = stored();
        test(view.colour).setValue("rood");
        assertThat(view.swatch.isVisible()).isFalse();

        test(view.save).click();

        assertThat(view.colour.isInvalid()).isTrue();
        assertThat(view.colour.getErrorMessage()).isNotBlank();
        assertThat(view.colour.getValue()).isEqualTo("rood");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aClientDoesNotReachTheBrandingScreen() {
        String email = "klant-kantoor-" + fixture.suffix + "@example.nl";
        fixture.signInAs(accounts.create(email, "Klant", "{noop}x", Role.CLIENT, fixture.firm.id()), email,
                Role.CLIENT);
        navigate("kantoor", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(BrandingView.class);
    }

    static byte[] png() throws IOException {
        BufferedImage logo = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        var g = logo.createGraphics();
        g.setColor(new java.awt.Color(0x1f5f8b));
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", out);
        return out.toByteArray();
    }
}
