package se.medverka.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;
import se.medverka.complaint.ComplaintViews.Receipt;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.ReceiptValue;

/**
 * The receipt of a sent complaint, shown in place of the form (so the PIN never travels in an
 * address and is shown only once): case number, PIN, a summary to print or copy, and the way on.
 */
class ComplaintReceipt extends Div {

    private final H1 title = new H1(getTranslation("complaint.receipt.title"));

    ComplaintReceipt(Receipt r, Map<String, String> districts) {
        add(title);
        add(new ReceiptValue(getTranslation("complaint.receipt.number.label"), r.caseNumber(), "receipt-case-number"));
        if (r.pin() != null) {
            ReceiptValue pin = new ReceiptValue(getTranslation("complaint.receipt.pin.label"), r.pin(), "receipt-pin");
            Paragraph warn = new Paragraph(getTranslation("complaint.receipt.pin.helper"));
            warn.addClassName("form-notice");
            add(pin, warn);
        } else {
            add(new Paragraph(getTranslation("complaint.receipt.anonymous.text")));
        }
        if (r.mailed()) {
            add(new Paragraph(getTranslation("complaint.receipt.mailed.text")));
        }

        add(new H2(getTranslation("complaint.receipt.summary.title")));
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(getTranslation("complaint.receipt.number.label"), r.caseNumber());
        rows.put(getTranslation("complaint.receipt.received.label"), Formats.dateTime(r.receivedAt(), getLocale()));
        rows.put(getTranslation("complaint.form.concerns.label"), ComplaintTexts.concerns(r.concerns()));
        rows.put(getTranslation("complaint.form.servicetype.label"), ComplaintTexts.serviceType(r.serviceType()));
        rows.put(getTranslation("complaint.form.district.label"), r.district() == null
                ? getTranslation("complaint.form.dontknow.label") : districts.getOrDefault(r.district(), r.district()));
        if (r.incidentDate() != null) {
            rows.put(getTranslation("complaint.form.date.label"), Formats.date(r.incidentDate(), getLocale()));
        }
        rows.put(getTranslation("complaint.form.grounds.label"), ComplaintTexts.grounds(r.grounds()));
        rows.put(getTranslation("complaint.form.anonymity.label"), ComplaintTexts.anonymity(r.anonymity()));
        DescriptionList summary = new DescriptionList();
        summary.addClassName("receipt-summary");
        StringBuilder copy = new StringBuilder();
        rows.forEach((k, v) -> {
            summary.add(new DescriptionList.Term(k), new DescriptionList.Description(v));
            copy.append(k).append(": ").append(v).append('\n');
        });
        add(summary);

        Button print = new Button(getTranslation("complaint.receipt.print.action"),
                e -> getElement().executeJs("window.print()"));
        Button copyButton = new Button(getTranslation("complaint.receipt.copy.action"), e -> {
            getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0) : null", copy.toString());
            Notices.success(getTranslation("complaint.receipt.copied.message"));
        });
        Div actions = new Div(print, copyButton);
        actions.addClassName("form-actions");
        add(actions);
        add(new Paragraph(new Anchor("klagomal/status", getTranslation("complaint.receipt.status.action"))));
        add(ComplaintTexts.elsewhere());
    }

    /** Moves the focus to the receipt's heading, so that a screen reader starts reading there. */
    void focus() {
        title.getElement().setAttribute("tabindex", "-1");
        title.getElement().callJsFunction("focus");
    }
}
