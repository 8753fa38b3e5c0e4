package eu.ondernemerscheck.adapter.web.accounts;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import eu.ondernemerscheck.application.firms.port.in.ListFirmsUseCase;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.invitations.port.in.InviteAccountantCommand;
import eu.ondernemerscheck.application.invitations.port.in.InviteAccountantUseCase;
import eu.ondernemerscheck.application.mail.port.out.LoadCaughtMailPort;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The firm screen, the caught mail and the invitation landing page: who reaches them and what they do. */
@IntegrationTest
class AccountViewsTest extends SpringBrowserlessTest {

    static final Pattern TOKEN = Pattern.compile("/uitnodiging/([A-Za-z0-9_-]{43})");

    @Autowired
    ProvisionFirmUseCase provision;
    @Autowired
    ListFirmsUseCase firms;
    @Autowired
    InviteAccountantUseCase invite;
    @Autowired
    LoadCaughtMailPort mail;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void anAdministratorCreatesAFirmAndInvitesAnAccountantIntoIt() {
        SignedInForTest.signIn(1, "beheerder@example.nl", Role.ADMIN, null);
        String name = "Schermkantoor " + UUID.randomUUID().toString().substring(0, 8);
        FirmsView view = navigate(FirmsView.class);
        view.name.setValue(name);
        view.create.click();

        Firm created = firms.listFirms().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        assertThat(view.grid.getListDataView().getItems()).contains(created);

        String email = "acc-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        view.firm.setValue(created);
        view.email.setValue(email);
        view.invite.click();
        assertThat(view.status.getText()).contains(email);
        assertThat(jdbc.queryForObject("select firm_id from platform.invitation where email = ?", Long.class,
                email)).isEqualTo(created.id().value());

        SentMailView sent = navigate(SentMailView.class);
        assertThat(sent.messages.getElement().getTextRecursively()).contains(email).contains("/uitnodiging/");
    }

    @Test
    void aBadFirmNameIsShownAtTheFieldAndKept() {
        SignedInForTest.signIn(1, "beheerder@example.nl", Role.ADMIN, null);
        FirmsView view = navigate(FirmsView.class);
        view.name.setValue("x");
        view.create.click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getValue()).isEqualTo("x");
    }

    @Test
    @WithMockUser(roles = "ACCOUNTANT")
    void anAccountantReachesNeitherTheFirmsNorTheCaughtMail() {
        navigate("kantoren", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(FirmsView.class);
        navigate("verzonden-email", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SentMailView.class);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousInviteeSetsAPasswordOnTheLandingPage() {
        Firm firm = AsAdministrator.provision(provision, "Landingskantoor " + UUID.randomUUID().toString()
                .substring(0, 8));
        String email = "land-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        AsAdministrator.run(() -> invite.inviteAccountant(new InviteAccountantCommand(firm.id(), email,
                "http://localhost/")));
        Matcher m = TOKEN.matcher(mail.caught().stream().filter(x -> x.to().equals(email)).findFirst()
                .orElseThrow().body());
        assertThat(m.find()).isTrue();

        InvitationView view = navigate("uitnodiging/" + m.group(1), InvitationView.class);
        assertThat(view.getElement().getTextRecursively()).contains(email).contains(firm.name());
        view.name.setValue("Landing Accountant");
        view.password.setValue("zonnebloem paardenbloem 42");
        view.repeat.setValue("zonnebloem paardenbloem 43");
        view.create.click();
        assertThat(view.repeat.isInvalid()).isTrue();
        view.repeat.setValue("zonnebloem paardenbloem 42");
        view.create.click();

        assertThat(jdbc.queryForObject("select role from platform.app_user where email = ?", String.class, email))
                .isEqualTo("ACCOUNTANT");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    @WithAnonymousUser
    void anUnknownLinkGetsThePlainMessage() {
        InvitationView view = navigate("uitnodiging/" + "A".repeat(43), InvitationView.class);
        assertThat(view.getElement().getTextRecursively()).contains("niet (meer) geldig");
    }

    @Test
    void theLandingPageSendsNoReferrer() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + port + "/uitnodiging/" + "B".repeat(43))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
    }
}
