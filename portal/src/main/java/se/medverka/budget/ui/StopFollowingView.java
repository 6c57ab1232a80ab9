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

/** The link in every project mail: the address is deleted, no more mail. */
@Route(value = "budget/sluta", layout = PublicLayout.class)
@AnonymousAllowed
public class StopFollowingView extends Div implements HasUrlParameter<String>, TranslatedTitle {

    private final BudgetTracker tracker;

    public StopFollowingView(BudgetTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        UUID t = FollowView.parse(token);
        boolean ok = t != null && tracker.stop(t);
        Paragraph p = new Paragraph(getTranslation(ok ? "budget.stop.done.text" : "budget.follow.unknown.text"));
        p.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("budget.stop.title")), p, new Anchor("budget", getTranslation("budget.list.title")));
    }

    @Override
    public String titleKey() {
        return "budget.stop.title";
    }
}
