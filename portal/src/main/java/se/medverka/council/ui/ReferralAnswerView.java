package se.medverka.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import se.medverka.council.CouncilException;
import se.medverka.council.Meetings;
import se.medverka.council.PublishedReferrals;
import se.medverka.council.ReferralAnswers;
import se.medverka.council.ReferralAnswers.RecipientPage;
import se.medverka.routing.CaseRef;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.limits.ClientAddress;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * A recipient's page, opened from the referral mail: the document, the last day, asking for more
 * time, and the answer (yttrande) with PDF attachments; the receipt shows the case number.
 */
@Route(value = "remiss/:token", layout = PublicLayout.class)
@AnonymousAllowed
public class ReferralAnswerView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final ReferralAnswers referrals;
    private final PublishedReferrals published;
    private String token;
    private final List<Meetings.File> files = new ArrayList<>();

    public ReferralAnswerView(ReferralAnswers referrals, PublishedReferrals published) {
        this.referrals = referrals;
        this.published = published;
        addClassName("council-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        show(null);
    }

    private void show(CaseRef receipt) {
        removeAll();
        files.clear();
        RecipientPage p = referrals.byLink(token).orElse(null);
        if (p == null) {
            add(new H1(getTranslation("council.error.notfound")));
            return;
        }
        add(new H1(getTranslation("council.answer.title", p.title())),
                new Paragraph(getTranslation("council.answer.from.text", p.committeeName(), p.recipientName())),
                new Paragraph(p.summary()),
                new Paragraph(CouncilUi.document(getTranslation("council.answer.document.action"),
                        () -> published.document(p.documentId(), token))),
                new Paragraph(getTranslation("council.answer.deadline.text", Formats.date(p.deadline(), getLocale()))));
        Div status = CouncilUi.errors();
        status.setVisible(false);
        add(status);
        if (receipt != null || p.answeredAt() != null) {
            Div done = new Div(new Paragraph(getTranslation("council.answer.received.message",
                    receipt != null ? receipt.caseNumber() : p.caseNumber())));
            done.getElement().setAttribute("role", "status");
            add(done);
            return;
        }
        if (p.closed()) {
            add(new Paragraph(getTranslation("council.referral.error.closed")));
            return;
        }

        add(new H2(getTranslation("council.answer.extension.title")));
        if (p.extensionAskedAt() != null) {
            add(new Paragraph(getTranslation("council.answer.extension.asked.text",
                    Formats.dateTime(p.extensionAskedAt(), getLocale()))));
        }
        DatePicker wanted = new DatePicker(getTranslation("council.answer.extension.date.label"));
        TextArea reason = new TextArea(getTranslation("council.answer.extension.reason.label"));
        reason.setMaxLength(2000);
        Button ask = new Button(getTranslation("council.answer.extension.action"), e -> {
            try {
                referrals.askForMoreTime(token, wanted.getValue(), reason.getValue(), ClientAddress.current());
                show(null);
                com.vaadin.flow.component.html.Paragraph ok = new Paragraph(getTranslation("council.answer.extension.sent.message"));
                ok.getElement().setAttribute("role", "status");
                add(ok);
            } catch (CouncilException ex) {
                CouncilUi.show(status, getTranslation(ex.messageKey()));
                CouncilUi.refuse(this, wanted, getTranslation(ex.messageKey()));
            }
        });
        add(wanted, reason, ask);

        add(new H2(getTranslation("council.answer.answer.title")));
        TextArea text = new TextArea(getTranslation("council.answer.text.label"));
        text.setMaxLength(50_000);
        text.setWidthFull();
        text.setMinHeight("10rem");
        text.setRequiredIndicatorVisible(true);
        var upload = CouncilUi.pdfUpload(getTranslation("council.document.upload.action"),
                getTranslation("council.document.upload.helper"), (name, bytes) -> files.add(new Meetings.File(name, bytes)),
                files::clear);
        upload.setMaxFiles(5);
        Button send = new Button(getTranslation("council.answer.send.action"), e -> {
            try {
                CaseRef ref = referrals.answer(token, text.getValue(), List.copyOf(files), ClientAddress.current());
                show(ref);
            } catch (CouncilException ex) {
                CouncilUi.show(status, getTranslation(ex.messageKey()));
                CouncilUi.refuse(this, ex.messageKey().contains(".document.") ? null : text, getTranslation(ex.messageKey()));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        add(text, upload, send);
    }

    @Override
    public String titleKey() {
        return "council.answer.nav.label";
    }
}
