package se.medverka.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationErrorHandler;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The one error summary of every form: a heading and the list of what is wrong, announced by
 * screen readers ({@code role="alert"}), each field's message also next to the field, and the
 * focus on the first wrong field. Errors come from two places and look the same: the form's
 * {@link Binder} (Bean Validation annotations on the form bean, whose {@code message} is a
 * translation key) and the service's refusal (field name and translation key).
 */
public class ErrorSummary extends Div {

    /** One thing wrong: on a field (or {@code null} for the form as a whole), as a translation key and its arguments. */
    public record FieldError(Component field, String messageKey, Object... args) {
    }

    private final String titleKey;
    private final List<HasValidation> marked = new ArrayList<>();

    /** @param titleKey translation key of the summary's heading */
    public ErrorSummary(String titleKey) {
        this.titleKey = titleKey;
        addClassName("form-errors");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /**
     * Lets the binder show its field errors translated (its annotations' messages are keys), and
     * clear them when the field is put right.
     */
    public ErrorSummary translating(Binder<?> binder) {
        binder.setValidationErrorHandler(new BinderValidationErrorHandler() {
            @Override
            public void handleError(HasValue<?, ?> field, ValidationResult result) {
                if (field instanceof HasValidation v) {
                    v.setErrorMessage(getTranslation(result.getErrorMessage()));
                    v.setInvalid(true);
                }
            }

            @Override
            public void clearError(HasValue<?, ?> field) {
                if (field instanceof HasValidation v) {
                    v.setInvalid(false);
                    v.setErrorMessage(null);
                }
            }
        });
        return this;
    }

    /** Hides the summary and takes the marks off the fields it marked. */
    public void clear() {
        removeAll();
        setVisible(false);
        marked.forEach(v -> {
            v.setInvalid(false);
            v.setErrorMessage(null);
        });
        marked.clear();
    }

    /** Validates the binder's fields; when anything is wrong, shows it and returns {@code false}. */
    public boolean validate(Binder<?> binder) {
        clear();
        BinderValidationStatus<?> status = binder.validate();
        if (status.isOk()) {
            return true;
        }
        List<FieldError> errors = new ArrayList<>();
        status.getFieldValidationErrors().forEach(e -> errors.add(
                new FieldError((Component) e.getField(), e.getMessage().orElse(""))));
        status.getBeanValidationErrors().forEach(e -> errors.add(new FieldError(null, e.getErrorMessage())));
        show(errors);
        return false;
    }

    /** Shows the errors: in the list, next to their fields, and moves the focus to the first wrong field. */
    public void show(List<FieldError> errors) {
        clear();
        UnorderedList list = new UnorderedList();
        Component first = null;
        for (FieldError error : errors) {
            String message = getTranslation(error.messageKey(), error.args());
            if (error.field() instanceof HasValidation v) {
                v.setErrorMessage(message);
                v.setInvalid(true);
                marked.add(v);
                first = first == null ? error.field() : first;
            }
            String label = error.field() instanceof HasLabel l ? l.getLabel() : null;
            list.add(new ListItem(label == null || label.isBlank() ? message : label + ": " + message));
        }
        add(new H2(getTranslation(titleKey)), list);
        setVisible(true);
        if (first instanceof Focusable<?> f) {
            f.focus();
        }
    }
}
