package se.medverka.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import se.medverka.complaint.ComplaintException;
import se.medverka.complaint.ComplaintViews.Answer;
import se.medverka.complaint.ComplaintViews.ResidentStatus;
import se.medverka.complaint.Complaints;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** A resident follows their complaint with case code and PIN: state, dates, the committee's answer. */
@Route(value = "klagomal/status", layout = PublicLayout.class)
@AnonymousAllowed
public class ComplaintStatusView extends Div implements TranslatedTitle {

    private final Complaints complaints;
    private final TextField code = new TextField();
    private final PasswordField pin = new PasswordField();
    private final Div result = new Div();

    public ComplaintStatusView(Complaints complaints) {
        this.complaints = complaints;
        addClassName("complaint-view");
        getStyle().set("max-inline-size", "44rem").set("margin-inline", "auto").set("padding-inline", "1rem");
        code.setWidthFull();
        pin.setWidthFull();
        add(new H1(getTranslation("complaint.status.title")), new Paragraph(getTranslation("complaint.status.intro")));
        code.setLabel(getTranslation("complaint.status.code.label"));
        code.setHelperText(getTranslation("complaint.status.code.helper"));
        code.setMaxLength(40);
        code.addClassName("form-field");
        pin.setLabel(getTranslation("complaint.status.pin.label"));
        pin.setHelperText(getTranslation("complaint.status.pin.helper"));
        se.medverka.shared.ui.PasswordReveal.translate(pin);
        pin.setMaxLength(40);
        pin.addClassName("form-field");
        Button show = new Button(getTranslation("complaint.status.show.action"), e -> show(e.getSource()));
        show.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        show.setDisableOnClick(true);
        show.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        result.addClassName("status-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(code, pin, show, result, ComplaintTexts.elsewhere());
    }

    private void show(Button button) {
        result.removeAll();
        String caseCode = code.getValue();
        String secret = pin.getValue();
        String address = ComplaintFormView.clientAddress();
        try {
            ResidentStatus s = complaints.status(caseCode, secret, address);
            code.setInvalid(false);
            pin.setInvalid(false);
            render(s, caseCode, secret, address);
        } catch (ComplaintException ex) {
            String message = getTranslation(ex.problems().getFirst().messageKey());
            pin.setInvalid(true);
            pin.setErrorMessage(message);
            Paragraph error = new Paragraph(message);
            error.getElement().setAttribute("role", "alert");
            error.addClassName("form-errors");
            result.add(error);
        } finally {
            button.setEnabled(true);
        }
    }

    private void render(ResidentStatus s, String caseCode, String secret, String address) {
        result.add(new H2(getTranslation("complaint.status.result.title", s.caseNumber())));
        DescriptionList facts = new DescriptionList();
        facts.addClassName("receipt-summary");
        add(facts, "complaint.status.state.label", ComplaintTexts.state(s.state()));
        if (s.committeeName() != null) {
            add(facts, "complaint.status.committee.label", s.committeeName());
        }
        add(facts, "complaint.receipt.received.label", Formats.dateTime(s.receivedAt(), getLocale()));
        add(facts, "complaint.status.due.label", Formats.date(s.answerDue(), getLocale()));
        if (s.answeredAt() != null) {
            add(facts, "complaint.status.answered.label", Formats.dateTime(s.answeredAt(), getLocale()));
        }
        if (s.closedAt() != null) {
            add(facts, "complaint.status.closed.label", Formats.dateTime(s.closedAt(), getLocale()));
        }
        result.add(facts);
        if (s.erased()) {
            result.add(new Paragraph(getTranslation("complaint.status.erased.text")));
            return;
        }
        Section answers = new Section(new H2(getTranslation("complaint.status.answers.title")));
        answers.addClassName("status-answers");
        if (s.answers().isEmpty()) {
            answers.add(new Paragraph(getTranslation("complaint.status.answers.none")));
        }
        for (Answer a : s.answers()) {
            Paragraph when = new Paragraph(Formats.dateTime(a.at(), getLocale()));
            when.addClassName("answer-date");
            Paragraph text = new Paragraph(a.text());
            text.addClassName("answer-text");
            text.getElement().setAttribute("lang", a.language());
            answers.add(new Div(when, text));
        }
        result.add(answers);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] data = complaints.export(caseCode, secret, address).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(data), "klagomal-" + s.caseNumber() + ".txt",
                    "text/plain; charset=utf-8", data.length);
        }), getTranslation("complaint.status.export.action"));
        export.addClassName("status-export");
        result.add(new Paragraph(getTranslation("complaint.status.export.helper")), export);
    }

    private void add(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String titleKey() {
        return "complaint.status.title";
    }
}
