package se.medverka.legal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.medverka.legal.AccessibilityReports;
import se.medverka.legal.AccessibilityReports.Report;
import se.medverka.legal.LegalException;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** A reported accessibility problem, for staff of the committee that holds its case; they answer it here. */
@Route(value = "personal/tillganglighetsproblem/:caseId", layout = StaffLayout.class)
@RolesAllowed({"HANDLER", "ADMIN"})
public class ReportCaseView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final AccessibilityReports reports;

    public ReportCaseView(AccessibilityReports reports) {
        this.reports = reports;
        addClassName("report-case");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long caseId = event.getRouteParameters().get("caseId").flatMap(ReportCaseView::parse).orElse(-1L);
        show(caseId);
    }

    private void show(long caseId) {
        removeAll();
        Report r = caseId < 0 ? null : reports.forCase(caseId).orElse(null);
        if (r == null) {
            add(new H1(getTranslation("legal.case.notfound.title")));
            return;
        }
        add(new H1(getTranslation("legal.case.title", r.caseNumber())));
        DescriptionList facts = new DescriptionList();
        facts.add(new DescriptionList.Term(getTranslation("legal.case.received.label")),
                new DescriptionList.Description(Formats.dateTime(r.receivedAt(), getLocale())),
                new DescriptionList.Term(getTranslation("legal.report.page.label")),
                new DescriptionList.Description(r.page()),
                new DescriptionList.Term(getTranslation("legal.report.what.label")),
                new DescriptionList.Description(r.what()),
                new DescriptionList.Term(getTranslation("legal.case.email.label")),
                new DescriptionList.Description(getTranslation(r.hasEmail() ? "legal.case.email.yes.text"
                        : r.answerMailed() ? "legal.case.email.erased.text" : "legal.case.email.no.text")));
        add(facts);
        if (r.answer() != null) {
            add(new H2(getTranslation("legal.case.answered.title")), new Paragraph(r.answer()));
        }
        TextArea answer = new TextArea(getTranslation("legal.case.answer.label"));
        answer.setMaxLength(5000);
        answer.setWidthFull();
        Button send = new Button(getTranslation("legal.case.answer.action"), e -> {
            try {
                reports.answer(caseId, answer.getValue());
                Notices.success(getTranslation("legal.case.answered.message"));
                show(caseId);
            } catch (LegalException ex) {
                String message = getTranslation(ex.problems().getFirst().messageKey());
                answer.setErrorMessage(message);
                answer.setInvalid(true);
                Notices.error(message);
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        add(answer, send, new Paragraph(new Anchor("personal/arenden/" + caseId, getTranslation("legal.case.back.action"))));
    }

    private static java.util.Optional<Long> parse(String s) {
        try {
            return java.util.Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String titleKey() {
        return "legal.case.nav.label";
    }
}
