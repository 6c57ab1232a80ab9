package se.medverka.budget.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medverka.routing.CaseContentLink;
import se.medverka.routing.CaseKind;
import se.medverka.shared.ui.StaffMenuItem;

@Configuration(proxyBeanMethods = false)
class BudgetMenu {

    @Bean
    StaffMenuItem budgetStaffMenuItem() {
        return new StaffMenuItem("personal/budget", "budget.staff.nav.label", 230, Set.of("ADMIN", "HANDLER"));
    }

    /** Lets the case view link a budget proposal's case to the proposal's review. */
    @Bean
    CaseContentLink budgetProposalContentLink() {
        return new CaseContentLink(CaseKind.BUDGET_PROPOSAL, "personal/budget/arende/", "budget.case.content.action");
    }
}
