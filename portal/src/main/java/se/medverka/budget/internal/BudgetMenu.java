package se.medverka.budget.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medverka.routing.CaseContentLink;
import se.medverka.routing.CaseKind;

/** Lets the case view link a budget proposal's case to the proposal's review (the menu entry is @Menu on StaffBudgetView). */
@Configuration(proxyBeanMethods = false)
class BudgetMenu {

    @Bean
    CaseContentLink budgetProposalContentLink() {
        return new CaseContentLink(CaseKind.BUDGET_PROPOSAL, "personal/budget/arende/", "budget.case.content.action");
    }
}
