package eu.ondernemerscheck.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnPathRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.application.clients.port.out.SaveClientPort;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import eu.ondernemerscheck.support.TwoFirms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TC-28 (ASVS 1.2.1, 3.2.2): markup typed as a client's or a firm's name is shown as text. Flow renders text through
 * text APIs; this test proves that no view puts such a name into HTML (an {@code innerHTML} property or a
 * template renderer) and that grids show it through the plain property renderer.
 */
@IntegrationTest
class StoredMarkupTest extends SpringBrowserlessTest {

    static final String MARKUP = "<img src=x onerror=alert(1)>";

    @Autowired
    ApplicationContext context;
    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    SaveClientPort clients;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        TenantContext.clear();
    }

    private static List<Element> tree(Element root) {
        List<Element> all = new ArrayList<>();
        all.add(root);
        root.getChildren().forEach(child -> all.addAll(tree(child)));
        return all;
    }

    private static void assertShownAsTextOnly(Component view) {
        for (Element e : tree(view.getElement())) {
            if (e.isTextNode()) {
                continue;
            }
            assertThat(e.getTag()).as("element made from typed markup").isNotEqualTo("img");
            assertThat(e.getProperty("innerHTML", "")).as("innerHTML of <%s>", e.getTag()).doesNotContain("<img");
        }
    }

    @Test
    @DisplayName("TC-28 a client named like markup appears in the portfolio grid as text")
    void aClientNamedLikeMarkupIsText() {
        TwoFirms f = TwoFirms.of(context);
        String name = MARKUP + " " + f.markerA();
        try (TenantContext.Scope ignored = TenantContext.enter(f.a.id())) {
            clients.saveNew(name, Country.NL, "<b>bv</b>");
        }
        SharedContextSecurity.signIn(context, SignedInForTest.fullySignedIn(f.accountantA, f.email("accountant-a"),
                Role.ACCOUNTANT, f.a.id()));
        try (TenantContext.Scope ignored = TenantContext.enter(f.a.id())) {
            navigate("portefeuille", Component.class);
            Component view = (Component) getCurrentView();
            assertShownAsTextOnly(view);
            Grid<?> grid = $(Grid.class).single();
            assertThat(grid.getGenericDataView().getItems().map(String::valueOf)).anyMatch(s -> s.contains(name));
            // plain text columns, or a Lit template whose ${item.x} bindings Lit always inserts as text
            assertThat(grid.getColumns()).allSatisfy(c -> assertThat(c.getRenderer())
                    .isInstanceOfAny(ColumnPathRenderer.class, LitRenderer.class));
        }
    }

    @Test
    @DisplayName("TC-28 a firm named like markup appears on its public quick check as text")
    void aFirmNamedLikeMarkupIsTextOnItsQuickCheck() {
        Firm firm = AsAdministrator.provision(firms, "Kantoor " + MARKUP);
        SecurityContextHolder.clearContext();
        navigate("check/" + firm.publicId(), Component.class);
        Component view = (Component) getCurrentView();
        assertThat(view.getElement().getTextRecursively()).contains(MARKUP);
        assertShownAsTextOnly(view);
    }
}
