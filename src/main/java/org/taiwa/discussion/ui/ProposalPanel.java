package org.taiwa.discussion.ui;

import java.time.Clock;

import org.taiwa.discussion.Position;
import org.taiwa.discussion.Proposal;
import org.taiwa.discussion.ProposalService;
import org.taiwa.discussion.Stance;
import org.taiwa.discussion.Tally;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A thread's proposal (提言案): what it says, the tally and who stands where with their reasons,
 * the outcome once closed, and — while open — the member's own position.
 */
class ProposalPanel extends Div {

    private final ProposalService proposals;
    private final Clock clock = Clock.systemUTC();

    ProposalPanel(Proposal proposal, ProposalService proposals) {
        this.proposals = proposals;
        setId("proposal");
        addClassName("taiwa-proposal");
        show(proposal);
    }

    private void show(Proposal proposal) {
        removeAll();
        Tally tally = proposal.tally();
        boolean open = proposal.isOpen(clock.instant());
        var status = new Span(open ? getTranslation("proposal.open-until", DiscussionText.time(proposal.closesAt()))
                : getTranslation("proposal.closed"));
        status.setId("proposal-status");
        var result = new Paragraph(getTranslation("proposal.result." + tally.result().name()));
        result.setId("proposal-result");
        add(new H2(getTranslation("proposal.heading") + ": " + proposal.title()), status,
                new Html("<div class=\"taiwa-post-body\">" + proposal.descriptionHtml() + "</div>"), counts(tally), result,
                positions(proposal));
        if (!proposal.outcome().isBlank()) {
            var outcome = new Paragraph(getTranslation("proposal.outcome") + ": " + proposal.outcome());
            outcome.setId("proposal-outcome");
            add(outcome);
        }
        if (open) {
            add(stanceForm(proposal));
        }
    }

    private Paragraph counts(Tally tally) {
        var text = new StringBuilder();
        for (Stance stance : Stance.values()) {
            text.append(getTranslation("enum.Stance." + stance.name())).append(' ').append(tally.count(stance)).append("  ");
        }
        var counts = new Paragraph(text.toString().strip());
        counts.setId("proposal-counts");
        return counts;
    }

    private UnorderedList positions(Proposal proposal) {
        var list = new UnorderedList();
        list.setId("proposal-positions");
        for (Position p : proposal.positions()) {
            String who = p.username() + (p.municipality() == null || p.municipality().isBlank() ? "" : " (" + p.municipality() + ")");
            String reason = p.reason() == null || p.reason().isBlank() ? "" : " — " + p.reason();
            list.add(new ListItem(who + ": " + getTranslation("enum.Stance." + p.stance().name()) + reason));
        }
        return list;
    }

    private Div stanceForm(Proposal proposal) {
        var stance = new RadioButtonGroup<Stance>(getTranslation("proposal.your-position"));
        stance.setId("proposal-stance");
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(s -> getTranslation("enum.Stance." + s.name()));
        var reason = new TextArea(getTranslation("proposal.reason"));
        reason.setId("proposal-reason");
        reason.setMaxLength(Position.MAX_REASON);
        reason.setWidthFull();
        var submit = new Button(getTranslation("proposal.submit"), e -> {
            if (stance.isEmpty()) {
                stance.setErrorMessage(getTranslation("discussion.proposal.stance.missing"));
                stance.setInvalid(true);
                return;
            }
            if (stance.getValue().needsReason() && reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("discussion.proposal.reason.required"));
                reason.setInvalid(true);
                return;
            }
            show(proposals.state(proposal.id(), stance.getValue(), reason.getValue()));
        });
        submit.setId("proposal-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(stance, reason, submit);
    }
}
