package se.medverka.legal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Instant;
import se.medverka.legal.AccessibilityReports;
import se.medverka.legal.AccessibilityReports.Receipt;
import se.medverka.legal.AccessibilityReports.Submission;
import se.medverka.legal.LegalException;
import se.medverka.legal.PrivacyNotices;
import se.medverka.shared.i18n.LanguageSelection;
import se.medverka.shared.ui.ErrorSummary;
import se.medverka.shared.ui.ErrorSummary.FieldError;
import se.medverka.shared.ui.FormTrap;
import se.medverka.shared.ui.PortalErrorHandler;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.shared.ui.ReceiptValue;

/**
 * "Report an accessibility problem": which page, what happened, and an optional e-mail address
 * (said why where it is asked: only for the answer). Errors next to the field and in an announced
 * summary; after sending, the receipt with the case number on the same page.
 */
@Route(value = "tillganglighet/rapportera", layout = PublicLayout.class)
@AnonymousAllowed
public class ReportFormView extends Div implements TranslatedTitle, BeforeEnterObserver {

    private final AccessibilityReports reports;
    private final Instant openedAt;
    private final ErrorSummary errors = new ErrorSummary("legal.report.errors.title");
    private final BeanValidationBinder<ReportDraft> binder = new BeanValidationBinder<>(ReportDraft.class);
    private final FormTrap trap = new FormTrap();
    private final TextField page = new TextField();
    private final TextArea what = new TextArea();
    private final EmailField email = new EmailField();

    public ReportFormView(AccessibilityReports reports, PrivacyNotices notices, Clock clock) {
        this.reports = reports;
        this.openedAt = clock.instant();
        addClassNames("legal-page", "report-view");
        add(new H1(getTranslation("legal.report.title")), new Paragraph(getTranslation("legal.report.intro.text")));
        add(errors.translating(binder));

        page.setLabel(getTranslation("legal.report.page.label"));
        page.setHelperText(getTranslation("legal.report.page.helper"));
        page.setRequiredIndicatorVisible(true);
        page.setMaxLength(500);
        what.setLabel(getTranslation("legal.report.what.label"));
        what.setHelperText(getTranslation("legal.report.what.helper"));
        what.setRequiredIndicatorVisible(true);
        what.setMaxLength(5000);
        what.setMinHeight("8rem");
        email.setLabel(getTranslation("legal.report.email.label"));
        email.setHelperText(getTranslation("legal.report.email.helper"));
        email.setMaxLength(254);
        binder.forField(page).bind("page");
        binder.forField(what).bind("what");
        binder.forField(email).bind("email");
        page.setWidthFull();
        what.setWidthFull();
        email.setWidthFull();
        add(page, what, email, trap);

        add(notices.report());
        Button send = new Button(getTranslation("legal.report.send.action"), e -> send(e.getSource()));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        add(send);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The footer link may say which page the person was on.
        event.getLocation().getQueryParameters().getSingleParameter("sida").ifPresent(p -> {
            if (page.isEmpty()) {
                page.setValue(p.length() > 500 ? p.substring(0, 500) : p);
            }
        });
    }

    private void send(Button button) {
        ReportDraft draft = new ReportDraft();
        if (!errors.validate(binder) || !binder.writeBeanIfValid(draft)) {
            PortalErrorHandler.ready(button);
            return;
        }
        PortalErrorHandler.busy(button, getTranslation("legal.report.sending.message"));
        try {
            VaadinRequest request = VaadinRequest.getCurrent();
            Receipt receipt = reports.submit(new Submission(draft.getPage(), draft.getWhat(), draft.getEmail(),
                    LanguageSelection.current(getUI().orElse(null)).code(), trap.value(), openedAt),
                    request == null ? null : request.getRemoteAddr());
            showReceipt(receipt);
        } catch (LegalException ex) {
            errors.show(ex.problems().stream().map(p -> new FieldError(p.field() == null ? null
                    : binder.getBinding(p.field()).map(b -> (Component) b.getField()).orElse(null), p.messageKey())).toList());
            PortalErrorHandler.ready(button);
        }
    }

    private void showReceipt(Receipt receipt) {
        removeAll();
        H1 title = new H1(getTranslation("legal.report.receipt.title"));
        add(title, new ReceiptValue(getTranslation("legal.report.receipt.number.label"), receipt.caseNumber(),
                "receipt-case-number"), new Paragraph(getTranslation(receipt.mailed()
                ? "legal.report.receipt.mailed.text" : "legal.report.receipt.nomail.text")));
        title.getElement().setAttribute("tabindex", "-1");
        title.getElement().callJsFunction("focus");
    }

    @Override
    public String titleKey() {
        return "legal.report.title";
    }
}
