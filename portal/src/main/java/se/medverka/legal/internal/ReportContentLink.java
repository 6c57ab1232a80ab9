package se.medverka.legal.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medverka.routing.CaseContentLink;
import se.medverka.routing.CaseKind;

/** Lets the case view link a reported accessibility problem's case to the report. */
@Configuration(proxyBeanMethods = false)
class ReportContentLink {

    @Bean
    CaseContentLink accessibilityReportContentLink() {
        return new CaseContentLink(CaseKind.ACCESSIBILITY_REPORT, "personal/tillganglighetsproblem/", "legal.case.content.action");
    }
}
