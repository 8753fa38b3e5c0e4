package eu.ondernemerscheck.adapter.web.report;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinSession;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.clients.port.in.ListClientsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.exchange.ImportMode;
import eu.ondernemerscheck.domain.exchange.ImportRow;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client import screen, {@code /klanten-inlezen}, without a browser: a file goes through the real upload, the
 * preview shows every line with its problems per column (duplicates included) and stores nothing; the accountant then
 * imports the valid lines, or nothing while any line is wrong; only accountants reach the screen.
 */
@IntegrationTest
class ClientImportViewTest extends SpringBrowserlessTest {

    static final byte[] MIXED = ("naam;land;rechtsvorm\n"
            + "Goed BV;NL;bv\n"
            + "Bestaande Klant;NL;vof\n"
            + "Fout Land;DE;bv\n"
            + "=HYPERLINK(\"x\");BE;\n"
            + "Goed BV;NL;bv\n"
            + "Ook Goed;BE;eenmanszaak\n").getBytes(StandardCharsets.UTF_8);

    @Autowired
    ApplicationContext context;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ListClientsUseCase list;
    @Autowired
    SaveAccountPort accounts;

    ReportViewsFixture fixture;
    TenantContext.Scope tenant;

    @BeforeEach
    void aFirm() {
        fixture = new ReportViewsFixture(context, "Inleeskantoor");
        tenant = TenantContext.enter(fixture.firm.id());
    }

    void anAccountantWithOneClient() {
        fixture.signInAsAccountant();
        register.register(new RegisterClientCommand("Bestaande Klant", Country.NL, "vof"));
    }

    @AfterEach
    void leave() {
        tenant.close();
        SecurityContextHolder.clearContext();
    }

    List<String> clientNames() {
        return list.listClients().stream().map(Client::name).toList();
    }

    ClientImportView previewOfTheMixedFile() {
        anAccountantWithOneClient();
        ClientImportView view = navigate(ClientImportView.class);
        test(view.upload).upload("klanten.csv", "text/csv", MIXED);
        roundTrip();
        return view;
    }

    void confirmAndWait(ClientImportView view, ImportMode mode) {
        test(view.mode).selectItem(view.mode.getItemLabelGenerator().apply(mode));
        test(view.confirm).click();
        view.running.join();
        // the import ran on its own thread and queued its outcome for the screen; the test holds the session
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }

    @Test
    void thePreviewShowsEachLineWithItsProblemsAndStoresNothing() {
        ClientImportView view = previewOfTheMixedFile();

        assertThat(view.summary.getText()).isEqualTo("6 regels gelezen: 2 goed, 4 met fouten.");
        List<ImportRow> rows = view.rows.getListDataView().getItems().toList();
        assertThat(rows).extracting(ImportRow::line).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(rows).extracting(ImportRow::valid).containsExactly(true, false, false, false, false, true);
        assertThat(test(view.rows).getCellText(1, 4)).isEqualTo("Naam: Deze klant staat al in uw portefeuille.");
        assertThat(test(view.rows).getCellText(2, 4)).startsWith("Land: ");
        assertThat(test(view.rows).getCellText(3, 4)).contains("Begint met \"=\"");
        assertThat(test(view.rows).getCellText(4, 4)).contains("Deze klant staat al op regel 2");
        assertThat(view.mode.isVisible()).isTrue();
        assertThat(view.confirm.isVisible()).isTrue();
        assertThat(clientNames()).containsExactly("Bestaande Klant");
    }

    @Test
    void allOrNothingImportsNothingWhileALineIsWrong() {
        ClientImportView view = previewOfTheMixedFile();

        confirmAndWait(view, ImportMode.ALL_OR_NOTHING);

        assertThat(view.outcome.getText()).contains("niets ingelezen").contains("4 regels");
        assertThat(view.outcome.hasClassName("oc-error")).isTrue();
        assertThat(clientNames()).containsExactly("Bestaande Klant");
    }

    @Test
    void theValidLinesAreImportedAndTheWrongOnesSkipped() {
        ClientImportView view = previewOfTheMixedFile();

        confirmAndWait(view, ImportMode.VALID_LINES);

        assertThat(view.outcome.getText()).isEqualTo("2 klanten ingelezen, 4 regels overgeslagen.");
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(clientNames()).containsExactlyInAnyOrder("Bestaande Klant", "Goed BV", "Ook Goed");

        test(view.upload).upload("klanten.csv", "text/csv", MIXED);
        roundTrip();
        assertThat(view.summary.getText()).as("the same file again: now everything is a duplicate or wrong")
                .isEqualTo("6 regels gelezen: 0 goed, 6 met fouten.");
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefusedAsAWhole() {
        anAccountantWithOneClient();
        ClientImportView view = navigate(ClientImportView.class);
        test(view.upload).upload("klanten.csv", "text/csv", "klant,plaats\nA,Utrecht\n"
                .getBytes(StandardCharsets.UTF_8));
        roundTrip();

        assertThat(view.summary.getText()).isEqualTo("Dit bestand kan niet worden ingelezen:");
        assertThat(view.fileProblems.getElement().getTextRecursively()).contains("De kolom \"naam\" ontbreekt");
        assertThat(view.confirm.isVisible()).isFalse();
    }

    @Test
    void aClientDoesNotReachTheImport() {
        String email = "klant-inlezen-" + fixture.suffix + "@example.nl";
        fixture.signInAs(accounts.create(email, "Klant", "{noop}x", Role.CLIENT, fixture.firm.id()), email,
                Role.CLIENT);
        navigate("klanten-inlezen", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ClientImportView.class);
    }
}
