package se.medverka.records.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medverka.routing.CaseContentLink;
import se.medverka.routing.CaseKind;

/** From a request's case in the inbox to the request itself. */
@Configuration(proxyBeanMethods = false)
class RecordRequestContentLink {

    @Bean
    CaseContentLink recordRequestCaseContentLink() {
        return new CaseContentLink(CaseKind.RECORDS_REQUEST, "personal/handlingar/arende/", "records.requests.open.action");
    }
}
