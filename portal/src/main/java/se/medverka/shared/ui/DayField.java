package se.medverka.shared.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A day, entered in the phone's or browser's own date input ({@code <input type="date">}) inside
 * Lumo's text field, for public forms: the date picker's code and styles (22 KiB on the wire) are then
 * not part of a resident's first visit (docs/weight.md). Label, helper text and error message are the
 * text field's, so it looks, reads out and is found by its label as the other fields. The browser
 * shows the day in its own language's format and sends it as {@code yyyy-mm-dd}; a browser without a
 * date input shows a plain text field, where a day typed that way is taken too.
 */
@Tag("vaadin-text-field")
@JsModule("@vaadin/text-field/src/vaadin-text-field.js")
public class DayField extends AbstractSinglePropertyField<DayField, LocalDate>
        implements HasLabel, HasHelper, HasValidation, HasSize {

    private LocalDate max;

    public DayField() {
        super("value", null, String.class, DayField::parse, day -> day == null ? "" : day.toString());
        setSynchronizedEvent("change");
    }

    /** The latest day the browser's date input offers. */
    public void setMax(LocalDate max) {
        this.max = max;
        getElement().executeJs(TYPE_DATE, max == null ? "" : max.toString());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(TYPE_DATE, max == null ? "" : max.toString());
    }

    /** Once the text field has made its input: make it a date input. */
    private static final String TYPE_DATE = "customElements.whenDefined(this.localName).then(() => this.updateComplete)"
            + ".then(() => { const i = this.inputElement; if (i) { i.type = 'date'; i.max = $0; } })";

    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        getElement().setProperty("errorMessage", errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return getElement().getProperty("errorMessage");
    }

    @Override
    public void setInvalid(boolean invalid) {
        getElement().setProperty("invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return getElement().getProperty("invalid", false);
    }
}
