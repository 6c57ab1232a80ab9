package se.medverka.routing.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseState;

/** Translated names of case kinds, states and service types, shared by the routing screens. */
final class Labels {

    private Labels() {
    }

    static String kind(Component view, CaseKind kind) {
        return view.getTranslation("routing.case.kind." + key(kind) + ".label");
    }

    static String state(Component view, CaseState state) {
        return view.getTranslation(state.statusKey());
    }

    static String serviceType(Component view, String code) {
        return code == null ? "–" : view.getTranslation("routing.servicetype." + code + ".label");
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
