package se.medverka.budget.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import se.medverka.budget.BudgetRounds.Round;
import se.medverka.budget.Phase;
import se.medverka.shared.i18n.Formats;

/** The round's phases with their dates as an ordered list; the current one is marked as the current step. */
class Timeline extends OrderedList {

    Timeline(Round round) {
        addClassName("budget-timeline");
        getStyle().set("padding-inline-start", "1.5rem");
        step(round, Phase.PROPOSALS, round.proposalsFrom(), round.reviewFrom().minusDays(1));
        step(round, Phase.REVIEW, round.reviewFrom(), round.votingFrom().minusDays(1));
        step(round, Phase.VOTING, round.votingFrom(), round.votingUntil());
        step(round, Phase.RESULTS, round.votingUntil().plusDays(1), round.implementationFrom().minusDays(1));
        step(round, Phase.IMPLEMENTATION, round.implementationFrom(), null);
    }

    private void step(Round round, Phase phase, LocalDate from, LocalDate until) {
        String dates = until == null || until.isBefore(from)
                ? getTranslation("budget.timeline.from.text", Formats.date(from, getLocale()))
                : getTranslation("budget.timeline.dates.text", Formats.date(from, getLocale()), Formats.date(until, getLocale()));
        ListItem item = new ListItem(new Span(getTranslation(phase.labelKey())), new Span(" – " + dates));
        if (round.phase() == phase) {
            item.getElement().setAttribute("aria-current", "step");
            item.getStyle().set("font-weight", "bold");
            item.add(new Span(" (" + getTranslation("budget.timeline.now.label") + ")"));
        }
        add(item);
    }
}
