package se.medverka.complaint.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.medverka.complaint.ComplaintException;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.complaint.ComplaintViews.Receipt;
import se.medverka.complaint.Complaints;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.ErrorSummary;
import se.medverka.shared.ui.ErrorSummary.FieldError;
import se.medverka.shared.ui.PaperReceipt;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.shared.codes.Coded;
import se.medverka.shared.codes.Ground;
import se.medverka.shared.ui.ReceiptValue;

/**
 * Assisted submission: staff at a library, a service office or on the phone register a complaint
 * for a resident, in the resident's language, and record the channel. The receipt (case number and
 * PIN) is then shown in the resident's language as a page to print on A4 (the staff frame is left
 * out of the print), or mailed when the resident gave an e-mail. The PIN is shown once, here, and
 * never travels in an address.
 */
@Route(value = "personal/bistand", layout = StaffLayout.class)
@Menu(title = "complaint.assisted.nav.label", order = 210)
@RolesAllowed({"HANDLER", "MODERATOR", "ADMIN"})
public class AssistedComplaintView extends Div implements TranslatedTitle {

    private final Complaints complaints;
    private final Clock clock;
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final ErrorSummary errors = new ErrorSummary("complaint.form.errors.title");
    private final RadioButtonGroup<String> channel = new RadioButtonGroup<>();
    private final Select<Language> language = new Select<>();
    private final RadioButtonGroup<String> concerns = new RadioButtonGroup<>();
    private final Select<String> serviceType = new Select<>();
    private final Select<String> district = new Select<>();
    private final TextArea what = new TextArea();
    private final CheckboxGroup<String> grounds = new CheckboxGroup<>();
    private final RadioButtonGroup<String> anonymity = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();

    public AssistedComplaintView(Complaints complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
        addClassName("assisted-view");
        getStyle().set("max-inline-size", "44rem").set("padding-inline", "1rem");
        add(new H1(getTranslation("complaint.assisted.title")), new Paragraph(getTranslation("complaint.assisted.intro.text")));
        add(errors);

        channel.setLabel(getTranslation("complaint.assisted.channel.label"));
        channel.setItems(Complaints.ASSISTED_CHANNELS);
        channel.setItemLabelGenerator(ComplaintTexts::channel);
        channel.setRequiredIndicatorVisible(true);
        field("channel", channel);

        language.setLabel(getTranslation("complaint.assisted.language.label"));
        language.setHelperText(getTranslation("complaint.assisted.language.helper"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.SV);
        field("language", language);

        concerns.setLabel(getTranslation("complaint.form.concerns.label"));
        concerns.setItems("TREATMENT", "ACCESSIBILITY", "BOTH");
        concerns.setItemLabelGenerator(ComplaintTexts::concerns);
        concerns.setRequiredIndicatorVisible(true);
        field("concerns", concerns);

        List<String> services = new ArrayList<>();
        services.add("");
        services.addAll(complaints.serviceTypes());
        serviceType.setLabel(getTranslation("complaint.form.servicetype.label"));
        serviceType.setItems(services);
        serviceType.setItemLabelGenerator(c -> ComplaintTexts.serviceType(c.isEmpty() ? null : c));
        serviceType.setValue("");
        field("serviceType", serviceType);

        Map<String, String> districts = complaints.districts();
        List<String> codes = new ArrayList<>();
        codes.add("");
        codes.addAll(districts.keySet());
        district.setLabel(getTranslation("complaint.form.district.label"));
        district.setItems(codes);
        district.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("complaint.form.dontknow.label") : districts.get(c));
        district.setValue("");
        field("district", district);

        what.setLabel(getTranslation("complaint.assisted.what.label"));
        what.setHelperText(getTranslation("complaint.assisted.what.helper"));
        what.setRequiredIndicatorVisible(true);
        what.setMaxLength(5000);
        what.setMinHeight("8rem");
        field("what", what);

        grounds.setLabel(getTranslation("complaint.form.grounds.label"));
        grounds.setItems(List.of("sex", "transgender_identity", "ethnicity", "religion", "disability", "sexual_orientation", "age"));
        grounds.setItemLabelGenerator(g -> getTranslation(Coded.labelKey(Ground.class, g)));
        field("grounds", grounds);

        anonymity.setLabel(getTranslation("complaint.assisted.anonymity.label"));
        anonymity.setItems("PIN", "NAMED", "ANONYMOUS");
        anonymity.setItemLabelGenerator(ComplaintTexts::anonymity);
        anonymity.setValue("PIN");
        field("anonymity", anonymity);
        name.setLabel(getTranslation("complaint.form.name.label"));
        name.setMaxLength(200);
        email.setLabel(getTranslation("complaint.form.email.label"));
        email.setHelperText(getTranslation("complaint.assisted.email.helper"));
        email.setMaxLength(254);
        field("name", name);
        field("email", email);
        anonymity.addValueChangeListener(e -> showContact());
        showContact();

        Button send = new Button(getTranslation("complaint.assisted.send.action"), e -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        add(send);
    }

    private void field(String key, Component component) {
        fields.put(key, component);
        if (component instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setWidthFull();
        }
        add(component);
    }

    private void showContact() {
        boolean named = "NAMED".equals(anonymity.getValue());
        name.setVisible(named);
        email.setVisible(named);
    }

    private void send() {
        errors.clear();
        Language resident = language.getValue() == null ? Language.SV : language.getValue();
        try {
            Receipt receipt = complaints.submitAssisted(new ComplaintSubmission(concerns.getValue(),
                    emptyToNull(serviceType.getValue()), emptyToNull(district.getValue()), null, null, what.getValue(),
                    new ArrayList<>(grounds.getValue()), null, anonymity.getValue(), name.getValue(), email.getValue(),
                    resident.code(), "", clock.instant()), channel.getValue());
            showReceipt(receipt, resident);
        } catch (ComplaintException ex) {
            errors.show(ex.problems().stream().map(p -> new FieldError(p.field() == null ? null : fields.get(p.field()),
                    p.messageKey(), p.args())).toList());
        }
    }

    /** The receipt in the resident's language, laid out to be printed on A4 and handed over or posted. */
    private void showReceipt(Receipt r, Language resident) {
        Locale l = resident.locale();
        Section paper = PaperReceipt.show(this, getTranslation("complaint.assisted.done.text", r.caseNumber()),
                getTranslation("complaint.assisted.print.action"), "personal/bistand",
                getTranslation("complaint.assisted.again.action"), resident);
        paper.add(new H1(getTranslation(l, "complaint.receipt.title")));
        paper.add(new ReceiptValue(getTranslation(l, "complaint.receipt.number.label"), r.caseNumber(), "receipt-case-number"),
                new Paragraph(getTranslation(l, "complaint.receipt.received.label") + ": "
                + Formats.dateTime(r.receivedAt(), l)));
        if (r.pin() != null) {
            paper.add(new ReceiptValue(getTranslation(l, "complaint.receipt.pin.label"), r.pin(), "receipt-pin"),
                    new Paragraph(getTranslation(l, "complaint.receipt.pin.helper")));
        } else {
            paper.add(new Paragraph(getTranslation(l, "complaint.receipt.anonymous.text")));
        }
        if (r.mailed()) {
            paper.add(new Paragraph(getTranslation(l, "complaint.receipt.mailed.text")));
        }
        paper.add(new Paragraph(getTranslation(l, "complaint.assisted.paper.status.text")),
                new Paragraph(getTranslation(l, "complaint.assisted.paper.privacy.text")));
        add(paper);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public String titleKey() {
        return "complaint.assisted.title";
    }
}
