package eu.ondernemerscheck.adapter.web.portfolio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import eu.ondernemerscheck.application.notices.port.in.RecomputeNoticesUseCase;
import eu.ondernemerscheck.domain.portfolio.RecomputeNotice;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import eu.ondernemerscheck.domain.shared.MoneyFormat;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;
import java.util.List;

import static eu.ondernemerscheck.adapter.web.portfolio.PortfolioTexts.text;

/**
 * The accountant's notices: after new rates were published and the firm's stored results recomputed, which rate
 * changes, how many clients and results changed and the largest change. Unread ones stand out until the accountant
 * marks them read (for themselves; colleagues keep their own marks).
 */
@Route("meldingen")
@PageTitle("Meldingen | Ondernemerscheck")
@Menu(order = 12, title = "Meldingen")
@RolesAllowed("ACCOUNTANT")
class NoticesView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(FirmsCalendar.ZONE);
    private static final int SHOWN = 50;

    final Div list = new Div();
    final Span unread = new Span();
    final Button markRead = new Button(text("notices.markRead"));
    private final RecomputeNoticesUseCase notices;

    NoticesView(RecomputeNoticesUseCase notices) {
        this.notices = notices;
        addClassName("oc-page");
        addClassName("oc-notices");
        Paragraph intro = new Paragraph(text("notices.intro"));
        intro.addClassName("oc-muted");
        list.addClassName("oc-notice-list");
        markRead.addClickListener(e -> {
            notices.markAllRead();
            refresh();
        });
        add(new H2(text("notices.title")), intro, unread, markRead, list);
        refresh();
    }

    private void refresh() {
        List<RecomputeNotice> shown = notices.notices(SHOWN);
        int count = notices.unread();
        unread.setText(text("notices.unread", count));
        markRead.setEnabled(count > 0);
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(new Paragraph(text("notices.empty")));
        }
        for (RecomputeNotice n : shown) {
            Div item = new Div();
            item.addClassName("oc-notice");
            if (!n.read()) {
                item.addClassName("oc-notice-unread");
            }
            item.add(new Paragraph(text("notices.when", WHEN.format(n.at()), n.rateChanges())));
            item.add(new Paragraph(text("notices.counts", n.clients(), n.results())));
            if (n.largestChange() != null) {
                item.add(new Paragraph(text("notices.largest", MoneyFormat.display(n.largestChange()),
                        n.largestText())));
            }
            list.add(item);
        }
    }
}
