package eu.ondernemerscheck.adapter.web.schemes;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.application.rates.port.in.SchemeOverview;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The schemes page lists the whole catalogue from the rates in the database and links the API documentation. */
@IntegrationTest
class SchemesViewTest extends SpringBrowserlessTest {

    @Test
    void everySchemeIsListedWithItsYearsAndTheApiDocumentationIsLinked() {
        SignedInForTest.signIn(1, "beheerder@example.nl", Role.ADMIN, null);
        SchemesView view = navigate(SchemesView.class);

        List<SchemeOverview> rows = view.grid.getListDataView().getItems().toList();
        assertThat(rows).hasSize(15);
        SchemeOverview kia = rows.stream().filter(r -> r.definition().id().equals("nl-kia")).findFirst().orElseThrow();
        assertThat(kia.years()).containsEntry(2025, RateStatus.CONFIRMED).containsEntry(2026, RateStatus.PROVISIONAL)
                .doesNotContainKey(2019);
        assertThat($(Anchor.class).all()).anyMatch(a -> a.getHref().equals("swagger-ui/index.html"));
    }

    @Test
    void yearsAreShownWithAStarWhenProvisional() {
        assertThat(SchemesView.years(Map.of(2025, RateStatus.CONFIRMED))).isEqualTo("2025");
        assertThat(SchemesView.years(new java.util.TreeMap<>(Map.of(2025, RateStatus.CONFIRMED, 2026,
                RateStatus.PROVISIONAL)))).isEqualTo("2025, 2026*");
        assertThat(SchemesView.years(Map.of())).isEqualTo("geen");
    }
}
