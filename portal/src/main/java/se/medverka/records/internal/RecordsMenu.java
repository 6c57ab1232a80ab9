package se.medverka.records.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medverka.routing.CaseContentLink;
import se.medverka.routing.CaseKind;
import se.medverka.shared.ui.StaffMenuItem;

@Configuration(proxyBeanMethods = false)
class RecordsMenu {

    @Bean
    StaffMenuItem recordRequestsMenuItem() {
        return new StaffMenuItem("personal/handlingar", "records.requests.nav.label", 220, Set.of("HANDLER", "ADMIN"));
    }

    @Bean
    StaffMenuItem archiveMenuItem() {
        return new StaffMenuItem("personal/arkiv", "records.archive.nav.label", 230, Set.of("HANDLER", "ADMIN"));
    }

    @Bean
    StaffMenuItem publishMenuItem() {
        return new StaffMenuItem("personal/publicera", "records.publish.nav.label", 240, Set.of("HANDLER"));
    }

    @Bean
    StaffMenuItem erasureDecisionsMenuItem() {
        return new StaffMenuItem("personal/gallringsbeslut", "records.erasure.nav.label", 820, Set.of("ADMIN"));
    }

    @Bean
    CaseContentLink recordRequestContentLink() {
        return new CaseContentLink(CaseKind.RECORDS_REQUEST, "personal/handlingar/arende/", "records.requests.open.action");
    }
}
