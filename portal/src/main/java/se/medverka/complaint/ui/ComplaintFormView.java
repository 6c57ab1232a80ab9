package se.medverka.complaint.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.medverka.complaint.ComplaintException;
import se.medverka.complaint.ComplaintException.Problem;
import se.medverka.complaint.ComplaintViews.Receipt;
import se.medverka.complaint.Complaints;
import se.medverka.legal.PrivacyNotices;
import se.medverka.shared.i18n.LanguageSelection;
import se.medverka.shared.ui.DayField;
import se.medverka.shared.ui.ErrorSummary;
import se.medverka.shared.ui.ErrorSummary.FieldError;
import se.medverka.shared.ui.FormTrap;
import se.medverka.shared.ui.PortalErrorHandler;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.shared.time.CityTime;
import se.medverka.shared.codes.Coded;
import se.medverka.shared.codes.Ground;

/**
 * The complaint form: short, one column, every field labelled and bound to {@link ComplaintDraft}
 * with Vaadin's Binder, errors next to the field and in the {@link ErrorSummary} a screen reader
 * announces. After sending, the same page shows the {@link ComplaintReceipt} (so the PIN never
 * travels in a URL and is shown only once).
 */
@Route(value = "klagomal", layout = PublicLayout.class)
@AnonymousAllowed
public class ComplaintFormView extends Div implements TranslatedTitle {

    private static final String NONE = "";

    private final Complaints complaints;
    private final PrivacyNotices notices;
    private final Clock clock;
    private final Instant openedAt;
    private final ErrorSummary errors = new ErrorSummary("complaint.form.errors.title");
    private final FormTrap trap = new FormTrap();
    private final BeanValidationBinder<ComplaintDraft> binder = new BeanValidationBinder<>(ComplaintDraft.class);

    private final RadioButtonGroup<String> concerns = new RadioButtonGroup<>();
    private final Select<String> serviceType = new Select<>();
    private final Select<String> district = new Select<>();
    private final TextArea place = new TextArea();
    private final DayField incidentDate = new DayField();
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
        add(errors.translating(binder));

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
        grounds.setItemLabelGenerator(g -> getTranslation(Coded.labelKey(Ground.class, g)));
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
            Span text = new Span(ComplaintTexts.anonymityHelper(code));
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

    /** Adds a field bound to the form bean's property of the same name. */
    private <V> void field(String key, AbstractField<?, V> component) {
        binder.forField(component).bind(key);
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
        ComplaintDraft draft = new ComplaintDraft();
        if (!errors.validate(binder) || !binder.writeBeanIfValid(draft)) {
            PortalErrorHandler.ready(button);
            return;
        }
        PortalErrorHandler.busy(button, getTranslation("complaint.form.sending.message"));
        try {
            showReceipt(complaints.submit(draft.submission(LanguageSelection.current(getUI().orElse(null)).code(),
                    trap.value(), openedAt), clientAddress()));
        } catch (ComplaintException ex) {
            showProblems(ex.problems());
            PortalErrorHandler.ready(button);
        }
    }

    /** The service's refusal, each problem on the field of the same name in the form bean. */
    private void showProblems(List<Problem> problems) {
        errors.show(problems.stream().map(p -> new FieldError(p.field() == null ? null
                : binder.getBinding(p.field()).map(b -> (Component) b.getField()).orElse(null), p.messageKey(), p.args())).toList());
    }

    private void showReceipt(Receipt r) {
        removeAll();
        ComplaintReceipt receipt = new ComplaintReceipt(r, complaints.districts());
        add(receipt);
        receipt.focus();
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
