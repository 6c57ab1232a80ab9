package se.medverka.budget.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.medverka.budget.BudgetException;
import se.medverka.budget.BudgetProposals;
import se.medverka.shared.ui.StaffLayout;

/** From a budget proposal's case to the round where it is reviewed. */
@Route(value = "personal/budget/arende", layout = StaffLayout.class)
@RolesAllowed({"ADMIN", "HANDLER"})
public class CaseLinkView extends Div implements HasUrlParameter<Long> {

    private final BudgetProposals proposals;

    public CaseLinkView(BudgetProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void setParameter(BeforeEvent event, Long caseId) {
        try {
            long round = proposals.roundOfCase(caseId == null ? -1 : caseId).orElseThrow(NotFoundException::new);
            event.forwardTo(StaffRoundView.class, round);
        } catch (BudgetException e) {
            throw new NotFoundException();
        }
    }
}
