package se.medverka.complaint.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medverka.routing.CaseContentLink;
import se.medverka.routing.CaseKind;

/** From a complaint case in the inbox to the complaint itself. */
@Configuration(proxyBeanMethods = false)
class ComplaintContentLink {

    @Bean
    CaseContentLink complaintCaseContentLink() {
        return new CaseContentLink(CaseKind.COMPLAINT, "personal/klagomal/", "complaint.case.content.action");
    }
}
