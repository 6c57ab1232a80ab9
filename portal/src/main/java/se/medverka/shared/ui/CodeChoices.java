package se.medverka.shared.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import se.medverka.shared.codes.Coded;

/** Check boxes offering every code of a {@link Coded} enum, each named by its translation. */
public final class CodeChoices {

    private CodeChoices() {
    }

    public static <E extends Enum<E> & Coded> void offer(CheckboxGroup<String> group, Class<E> type) {
        group.setItems(Coded.codes(type));
        group.setItemLabelGenerator(code -> group.getTranslation(Coded.labelKey(type, code)));
    }
}
