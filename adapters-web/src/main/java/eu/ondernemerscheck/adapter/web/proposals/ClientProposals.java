package eu.ondernemerscheck.adapter.web.proposals;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import eu.ondernemerscheck.application.proposals.port.in.ProposalSummary;
import eu.ondernemerscheck.application.proposals.port.in.ReviewProposalsUseCase;

import java.util.List;

/**
 * The proposals of one client of the accountant's own firm, newest first, each linking to its review: for the client
 * workspace to show beside the client's facts.
 */
public final class ClientProposals extends Composite<Div> {

    public ClientProposals(ReviewProposalsUseCase proposals, long clientId) {
        ProposalTexts texts = ProposalTexts.current();
        Div root = getContent();
        root.addClassName("oc-client-proposals");
        root.add(new H3(texts.get("client.title")));
        List<ProposalSummary> all = proposals.proposalsOf(clientId);
        if (all.isEmpty()) {
            root.add(new Paragraph(texts.get("client.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ProposalSummary p : all) {
            Span state = new Span(" · " + texts.get("status." + p.status().name()));
            state.addClassName(p.status().open() ? "oc-open-proposal" : "oc-muted");
            list.add(new ListItem(ProposalsView.link(p, p.year() + " · " + texts.get("list.version") + " "
                    + p.number()), state));
        }
        root.add(list);
    }
}
