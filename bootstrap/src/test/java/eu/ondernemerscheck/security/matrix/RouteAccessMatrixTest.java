package eu.ondernemerscheck.security.matrix;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteConfiguration;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.security.matrix.AccessMatrix.Row;
import eu.ondernemerscheck.security.matrix.RouteInventory.DiscoveredRoute;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import eu.ondernemerscheck.support.TwoFirms;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * TC-04, TC-05, TC-06 in the views: every route × every persona, as access-matrix.tsv says, with firm A's and firm
 * B's data side by side (colliding client ids). A route without a row fails. An open view shows nothing of another
 * firm. The tenant context is entered as the request filter does for the persona (browserless tests run no servlet
 * filters).
 */
@IntegrationTest
@DisplayName("TC-06 persona × route × firm matrix")
class RouteAccessMatrixTest extends SpringBrowserlessTest {

    private static final AccessMatrix MATRIX = AccessMatrix.load();
    /** Views that list a firm's own records. */
    private static final Set<String> ROUTES_WITH_FIRM_DATA = Set.of("/portefeuille", "/aanvragen");

    @Autowired
    ApplicationContext context;

    static Stream<Arguments> everyRouteForEveryPersona() {
        return RouteInventory.all().stream()
                .flatMap(route -> Arrays.stream(Persona.values()).map(p -> Arguments.of(route, p)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyRouteForEveryPersona")
    void theRouteOpensExactlyForWhomTheMatrixSays(DiscoveredRoute route, Persona persona) {
        Row row = MATRIX.route(route.template()).orElseThrow(() -> new AssertionError(
                "route " + route.template() + " (" + route.view().getSimpleName() + ") has no row in access-matrix.tsv"));
        TwoFirms firms = TwoFirms.of(context);
        SharedContextSecurity.signIn(context, persona.authentication(firms));
        String path = (row.samplePath() == null ? route.template() : row.samplePath())
                .replace("{firmA}", firms.a.publicId().toString()).substring(1);
        Component shown;
        try (TenantContext.Scope ignored = persona.firm(firms).map(TenantContext::enter).orElse(TenantContext::clear)) {
            navigate(path, Component.class);
            shown = (Component) getCurrentView();
            String expected = row.expected().get(persona);
            String actual = shown.getClass().equals(route.view()) ? "open"
                    : shown.getClass().getSimpleName().equals("LoginView") ? "login" : "closed";
            assertThat(actual).as("%s as %s shows %s", route.template(), persona, shown.getClass().getSimpleName())
                    .isEqualTo(expected);
            if ("open".equals(actual)) {
                String visible = visibleText(shown);
                if (ROUTES_WITH_FIRM_DATA.contains(route.template())) {
                    // the check below would pass vacuously on an empty page
                    assertThat(visible).as("%s as %s shows the own firm's data", route.template(), persona)
                            .contains(persona.ownMarker(firms));
                }
                for (String foreign : persona.foreignMarkers(firms)) {
                    assertThat(visible).as("%s as %s shows another firm's data", route.template(), persona)
                            .doesNotContain(foreign);
                }
            }
        }
    }

    /** The text of the view's elements and the items of its grids (which the element tree does not hold). */
    private String visibleText(Component view) {
        StringBuilder grids = new StringBuilder();
        for (Grid<?> grid : $(Grid.class).all()) {
            grid.getGenericDataView().getItems().forEach(item -> grids.append(item).append('\n'));
        }
        return view.getElement().getTextRecursively() + "\n" + grids;
    }

    @Test
    @DisplayName("TC-06 every route open to anonymous visitors is in the documented list of docs/security.md")
    void everyAnonymousRouteIsDocumented() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "security.md"));
        int start = doc.indexOf("## Anonymous routes");
        String section = doc.substring(start, doc.indexOf("\n## ", start + 1));
        for (DiscoveredRoute route : RouteInventory.all()) {
            Row row = MATRIX.route(route.template()).orElseThrow();
            if ("open".equals(row.expected().get(Persona.ANONYMOUS))) {
                String firstSegment = route.template().split("/:")[0];
                assertThat(section).as("documented anonymous route %s", route.template())
                        .contains("`" + firstSegment);
            }
        }
    }

    @Test
    @DisplayName("TC-06 every route Vaadin registered has a row, and every row a route")
    void theMatrixNamesExactlyTheRegisteredRoutes() {
        Set<String> scanned = RouteInventory.all().stream().map(r -> r.view().getName()).collect(Collectors.toSet());
        Set<String> registered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(r -> r.getNavigationTarget().getName()).collect(Collectors.toSet());
        assertThat(registered).as("Vaadin's registry and the class-path scan").containsExactlyInAnyOrderElementsOf(
                scanned);
        var templates = RouteInventory.all().stream().map(DiscoveredRoute::template).toList();
        for (String target : MATRIX.targets("route")) {
            if (!templates.contains(target)) {
                fail("access-matrix.tsv has a row for " + target + ", which is no route (any more)");
            }
        }
    }
}
