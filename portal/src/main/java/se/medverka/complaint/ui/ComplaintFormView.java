package se.medverka.complaint.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.medverka.complaint.ComplaintException;
import se.medverka.complaint.ComplaintException.Problem;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.complaint.ComplaintViews.Receipt;
import se.medverka.complaint.Complaints;
import se.medverka.legal.PrivacyNotices;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.LanguageSelection;
import se.medverka.shared.ui.PortalErrorHandler;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.shared.time.CityTime;

/**
 * The complaint form: short, one column, every field labelled, errors next to the field and in a
 * summary a screen reader announces. After sending, the same page shows the receipt (so the PIN
 * never travels in a URL and is shown only once).
 */
@Route(value = "klagomal", layout = PublicLayout.class)
@AnonymousAllowed
public class ComplaintFormView extends Div implements TranslatedTitle {

    private static final String NONE = "";

    private final Complaints complaints;
    private final PrivacyNotices notices;
    private final Clock clock;
    private final Instant openedAt;
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Div errors = new Div();
    private final Element honeypot = new Element("input");

    private final RadioButtonGroup<String> concerns = new RadioButtonGroup<>();
    private final Select<String> serviceType = new Select<>();
    private final Select<String> district = new Select<>();
    private final TextArea place = new TextArea();
    private final DatePicker incidentDate = new DatePicker();
    private final TextArea what = new TextArea();
    private final CheckboxGroup<String> grounds = new CheckboxGroup<>();
    private final Checkbox groundsNone = new Checkbox();
    private final TextArea wish = new TextArea();
    private final RadioButtonGroup<String> anonymity = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();

    public ComplaintFormView(Complaints complaints, PrivacyNotices notices, Clock clock) {
        this.complaints = complaints;
        this.notices = notices;
        this.clock = clock;
        this.openedAt = clock.instant();
        addClassName("complaint-view");
        // One readable column on every screen; the fields fill it, so they are easy to hit on a phone.
        getStyle().set("max-inline-size", "44rem").set("margin-inline", "auto").set("padding-inline", "1rem");
        buildForm();
    }

    private void buildForm() {
        add(new H1(getTranslation("complaint.form.title")), new Paragraph(getTranslation("complaint.form.intro")));
        errors.addClassName("form-errors");
        errors.getElement().setAttribute("role", "alert");
        errors.setVisible(false);
        add(errors);

        concerns.setLabel(getTranslation("complaint.form.concerns.label"));
        concerns.setItems("TREATMENT", "ACCESSIBILITY", "BOTH");
        concerns.setItemLabelGenerator(ComplaintTexts::concerns);
        concerns.setRequiredIndicatorVisible(true);
        field("concerns", concerns);

        serviceType.setLabel(getTranslation("complaint.form.servicetype.label"));
        List<String> services = new ArrayList<>();
        services.add(NONE);
        services.addAll(complaints.serviceTypes());
        serviceType.setItems(services);
        serviceType.setItemLabelGenerator(c -> ComplaintTexts.serviceType(c.isEmpty() ? null : c));
        serviceType.setValue(NONE);
        field("serviceType", serviceType);

        Map<String, String> districts = complaints.districts();
        district.setLabel(getTranslation("complaint.form.district.label"));
        List<String> codes = new ArrayList<>();
        codes.add(NONE);
        codes.addAll(districts.keySet());
        district.setItems(codes);
        district.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("complaint.form.dontknow.label") : districts.get(c));
        district.setValue(NONE);
        field("district", district);

        place.setLabel(getTranslation("complaint.form.place.label"));
        place.setHelperText(getTranslation("complaint.form.place.helper"));
        place.setMaxLength(1000);
        field("place", place);

        incidentDate.setLabel(getTranslation("complaint.form.date.label"));
        incidentDate.setHelperText(getTranslation("complaint.form.date.helper"));
        incidentDate.setMax(CityTime.today(clock));
        incidentDate.setLocale(se.medverka.shared.i18n.Language.fromLocale(getLocale()).formatLocale());
        field("incidentDate", incidentDate);

        what.setLabel(getTranslation("complaint.form.what.label"));
        what.setHelperText(getTranslation("complaint.form.what.helper"));
        what.setRequiredIndicatorVisible(true);
        what.setMaxLength(5000);
        what.setMinHeight("10rem");
        field("what", what);

        grounds.setLabel(getTranslation("complaint.form.grounds.label"));
        grounds.setHelperText(getTranslation("complaint.form.grounds.helper"));
        grounds.setItems(List.of("sex", "transgender_identity", "ethnicity", "religion", "disability", "sexual_orientation", "age"));
        grounds.setItemLabelGenerator(g -> getTranslation("shared.ground." + g + ".label"));
        groundsNone.setLabel(getTranslation("complaint.form.grounds.none.label"));
        grounds.addValueChangeListener(e -> {
            if (e.isFromClient() && !e.getValue().isEmpty()) {
                groundsNone.setValue(false);
            }
        });
        groundsNone.addValueChangeListener(e -> {
            if (e.getValue()) {
                grounds.clear();
            }
        });
        field("grounds", grounds);
        add(groundsNone);

        wish.setLabel(getTranslation("complaint.form.wish.label"));
        wish.setHelperText(getTranslation("complaint.form.wish.helper"));
        wish.setMaxLength(2000);
        field("wish", wish);

        anonymity.setLabel(getTranslation("complaint.form.anonymity.label"));
        anonymity.setItems("ANONYMOUS", "PIN", "NAMED");
        anonymity.setRenderer(new ComponentRenderer<>(code -> {
            Span title = new Span(ComplaintTexts.anonymity(code));
            title.addClassName("choice-title");
            // Title and explanation are two parts: the explanation on its own line, and a full stop that
            // only screen readers get, so that the name is announced with a pause between them.
            Span pause = new Span(". ");
            pause.addClassName("visually-hidden");
            Span text = new Span(getTranslation("complaint.form.anonymity." + code.toLowerCase() + ".helper"));
            text.addClassName("choice-text");
            return new Div(title, pause, text);
        }));
        anonymity.setRequiredIndicatorVisible(true);
        anonymity.setValue("PIN");
        field("anonymity", anonymity);

        name.setLabel(getTranslation("complaint.form.name.label"));
        name.setMaxLength(200);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setLabel(getTranslation("complaint.form.email.label"));
        email.setHelperText(getTranslation("complaint.form.email.helper"));
        email.setMaxLength(254);
        field("name", name);
        field("email", email);
        anonymity.addValueChangeListener(e -> showContact());
        showContact();

        // People never see this field; programs that fill in every input do.
        honeypot.setAttribute("type", "text");
        honeypot.setAttribute("name", "website");
        honeypot.setAttribute("tabindex", "-1");
        honeypot.setAttribute("autocomplete", "off");
        honeypot.setAttribute("aria-label", "website");
        honeypot.addPropertyChangeListener("value", "change", e -> { });
        Div trap = new Div();
        trap.addClassName("form-trap");
        // Off-screen rather than display:none, which some programs recognise and skip.
        trap.getStyle().set("position", "absolute").set("inset-inline-start", "-10000px")
                .set("inline-size", "1px").set("overflow", "hidden");
        trap.getElement().setAttribute("aria-hidden", "true");
        trap.getElement().appendChild(honeypot);
        add(trap);

        Section publicRecord = new Section(new H2(getTranslation("complaint.form.public.title")),
                new Paragraph(getTranslation("complaint.form.public.text")));
        publicRecord.addClassName("form-notice");
        add(publicRecord, notices.complaint());

        Button send = new Button(getTranslation("complaint.form.send.action"), e -> send(e.getSource()));
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        send.setDisableOnClick(true);
        send.addClassName("complaint-send");
        send.setId("complaint-send");
        add(send);
    }

    private void field(String key, Component component) {
        fields.put(key, component);
        component.setId("complaint-" + key);
        if (component instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setWidthFull();
        }
        add(component);
        component.addClassName("form-field");
    }

    private void showContact() {
        boolean named = "NAMED".equals(anonymity.getValue());
        name.setVisible(named);
        email.setVisible(named);
        email.setRequiredIndicatorVisible(named);
    }

    private void send(Button button) {
        PortalErrorHandler.busy(button, getTranslation("complaint.form.sending.message"));
        clearErrors();
        try {
            Receipt receipt = complaints.submit(new ComplaintSubmission(concerns.getValue(), emptyToNull(serviceType.getValue()),
                    emptyToNull(district.getValue()), place.getValue(), incidentDate.getValue(), what.getValue(),
                    new ArrayList<>(grounds.getValue()), wish.getValue(), anonymity.getValue(), name.getValue(),
                    email.getValue(), LanguageSelection.current(getUI().orElse(null)).code(),
                    honeypot.getProperty("value", ""), openedAt), clientAddress());
            showReceipt(receipt);
        } catch (ComplaintException ex) {
            showErrors(ex.problems());
            PortalErrorHandler.ready(button);
        }
    }

    private void clearErrors() {
        errors.removeAll();
        errors.setVisible(false);
        fields.values().forEach(c -> {
            if (c instanceof HasValidation v) {
                v.setInvalid(false);
                v.setErrorMessage(null);
            }
        });
    }

    private void showErrors(List<Problem> problems) {
        UnorderedList list = new UnorderedList();
        Component first = null;
        for (Problem p : problems) {
            String message = getTranslation(p.messageKey(), p.args());
            Component field = p.field() == null ? null : fields.get(p.field());
            if (field instanceof HasValidation v) {
                v.setInvalid(true);
                v.setErrorMessage(message);
                list.add(new ListItem(label(p.field()) + ": " + message));
                first = first == null ? field : first;
            } else {
                list.add(new ListItem(message));
            }
        }
        errors.add(new H2(getTranslation("complaint.form.errors.title")), list);
        errors.setVisible(true);
        if (first instanceof Focusable<?> f) {
            f.focus();
        }
    }

    private String label(String field) {
        return switch (field) {
            case "concerns" -> concerns.getLabel();
            case "serviceType" -> serviceType.getLabel();
            case "district" -> district.getLabel();
            case "place" -> place.getLabel();
            case "incidentDate" -> incidentDate.getLabel();
            case "what" -> what.getLabel();
            case "grounds" -> grounds.getLabel();
            case "wish" -> wish.getLabel();
            case "anonymity" -> anonymity.getLabel();
            case "name" -> name.getLabel();
            case "email" -> email.getLabel();
            default -> field;
        };
    }

    private void showReceipt(Receipt r) {
        removeAll();
        H1 title = new H1(getTranslation("complaint.receipt.title"));
        add(title);
        Paragraph number = new Paragraph(getTranslation("complaint.receipt.number.label") + ": ");
        Span code = new Span(r.caseNumber());
        code.addClassName("receipt-case-number");
        number.add(code);
        add(number);
        if (r.pin() != null) {
            Paragraph pin = new Paragraph(getTranslation("complaint.receipt.pin.label") + ": ");
            Span digits = new Span(r.pin());
            digits.addClassName("receipt-pin");
            pin.add(digits);
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
        rows.put(getTranslation("complaint.receipt.received.label"),
                Formats.dateTime(r.receivedAt(), getLocale()));
        rows.put(getTranslation("complaint.form.concerns.label"), ComplaintTexts.concerns(r.concerns()));
        rows.put(getTranslation("complaint.form.servicetype.label"), ComplaintTexts.serviceType(r.serviceType()));
        rows.put(getTranslation("complaint.form.district.label"), r.district() == null
                ? getTranslation("complaint.form.dontknow.label") : complaints.districts().getOrDefault(r.district(), r.district()));
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
            se.medverka.shared.ui.Notices.success(getTranslation("complaint.receipt.copied.message"));
        });
        Div actions = new Div(print, copyButton);
        actions.addClassName("form-actions");
        add(actions);
        add(new Paragraph(new Anchor("klagomal/status", getTranslation("complaint.receipt.status.action"))));
        add(ComplaintTexts.elsewhere());
        title.getElement().setAttribute("tabindex", "-1");
        title.getElement().callJsFunction("focus");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String titleKey() {
        return "complaint.form.title";
    }
}
