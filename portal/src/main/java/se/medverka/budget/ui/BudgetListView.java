package se.medverka.budget.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import se.medverka.budget.BudgetRounds;
import se.medverka.budget.BudgetRounds.Round;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** Residents' list of citizen budget rounds, each with where it stands. */
@Route(value = "budget", layout = PublicLayout.class)
@AnonymousAllowed
public class BudgetListView extends Div implements TranslatedTitle {

    public BudgetListView(BudgetRounds rounds) {
        addClassName("budget-list-view");
        add(new H1(getTranslation("budget.list.title")), new Paragraph(getTranslation("budget.list.intro.text")));
        List<Round> all = rounds.list();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("budget.list.empty.text")));
        }
        for (Round r : all) {
            Section card = new Section(RoundWords.marked(new H2(new Anchor("budget/" + r.id(), RoundWords.title(r))), r),
                    new Paragraph(getTranslation(r.phase().labelKey())), new Paragraph(r.committeeName()));
            card.addClassName("dialogue-card");
            add(card);
        }
    }

    @Override
    public String titleKey() {
        return "budget.list.title";
    }
}
