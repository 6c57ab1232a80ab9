package se.medverka.complaint.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medverka.routing.CaseContentLink;
import se.medverka.routing.CaseKind;
import se.medverka.shared.ui.StaffMenuItem;

@Configuration(proxyBeanMethods = false)
class ComplaintMenu {

    @Bean
    StaffMenuItem complaintsMenuItem() {
        return new StaffMenuItem("personal/klagomal", "complaint.staff.list.nav.label", 200, Set.of("HANDLER", "ADMIN"));
    }

    @Bean
    StaffMenuItem assistedComplaintMenuItem() {
        return new StaffMenuItem("personal/bistand", "complaint.assisted.nav.label", 210, Set.of("HANDLER", "MODERATOR", "ADMIN"));
    }

    @Bean
    StaffMenuItem complaintCityWideMenuItem() {
        return new StaffMenuItem("personal/klagomal/alla", "complaint.staff.citywide.nav.label", 205, Set.of("COMPLAINT_READER"));
    }

    @Bean
    StaffMenuItem complaintReadsMenuItem() {
        return new StaffMenuItem("personal/klagomal/lasningar", "complaint.staff.reads.nav.label", 910, Set.of("DPO"));
    }

    @Bean
    CaseContentLink complaintContentLink() {
        return new CaseContentLink(CaseKind.COMPLAINT, "personal/klagomal/", "complaint.case.content.action");
    }
}
