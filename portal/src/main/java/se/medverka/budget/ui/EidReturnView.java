package se.medverka.budget.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import se.medverka.budget.BudgetException;
import se.medverka.budget.BudgetVoting;
import se.medverka.budget.internal.EidClient;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * Where the e-identification sends the voter back: the code is exchanged, the identity number read
 * and turned into the round's pass at once (the number is not kept), then on to the ballot.
 */
@Route(value = "budget/eid", layout = PublicLayout.class)
@AnonymousAllowed
public class EidReturnView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final EidClient eid;
    private final BudgetVoting voting;

    public EidReturnView(EidClient eid, BudgetVoting voting) {
        this.eid = eid;
        this.voting = voting;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        BallotView.PendingEid pending = (BallotView.PendingEid) session.getAttribute(BallotView.ATTEMPT);
        session.setAttribute(BallotView.ATTEMPT, null);
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        try {
            if (pending == null || query.containsKey("error")) {
                // For whoever runs the portal: why (no personal data in it).
                org.slf4j.LoggerFactory.getLogger(EidReturnView.class).warn("E-identification return refused: {}",
                        pending == null ? "no attempt in this session" : "provider error " + first(query, "error"));
                throw new BudgetException("budget.vote.eid.error.failed");
            }
            String number = eid.finish(pending.attempt(), first(query, "state"), first(query, "code"));
            session.setAttribute(BallotView.PASS + pending.roundId(), voting.eidPass(pending.roundId(), number));
            event.forwardTo("budget/rosta/" + pending.roundId());
        } catch (BudgetException ex) {
            removeAll();
            Paragraph message = new Paragraph(getTranslation(ex.messageKey()));
            message.getElement().setAttribute("role", "alert");
            add(new H1(getTranslation("budget.eid.title")), message,
                    new Anchor(pending == null ? "budget" : "budget/rosta/" + pending.roundId(), getTranslation("budget.eid.back.action")));
        }
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String titleKey() {
        return "budget.eid.title";
    }
}
