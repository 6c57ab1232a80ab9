package se.medverka.budget.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;
import se.medverka.budget.BudgetTracker;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** The confirmation link of a follower (double opt-in). */
@Route(value = "budget/folj", layout = PublicLayout.class)
@AnonymousAllowed
public class FollowView extends Div implements HasUrlParameter<String>, TranslatedTitle {

    private final BudgetTracker tracker;

    public FollowView(BudgetTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        boolean ok = parse(token) != null && tracker.confirm(parse(token));
        Paragraph p = new Paragraph(getTranslation(ok ? "budget.follow.confirmed.text" : "budget.follow.unknown.text"));
        p.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("budget.follow.title")), p, new Anchor("budget", getTranslation("budget.list.title")));
    }

    static UUID parse(String token) {
        try {
            return token == null ? null : UUID.fromString(token);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String titleKey() {
        return "budget.follow.title";
    }
}
