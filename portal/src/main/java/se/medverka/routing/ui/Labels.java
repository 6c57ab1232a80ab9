package se.medverka.routing.ui;

import com.vaadin.flow.component.Component;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseState;
import se.medverka.routing.ServiceType;

/** Translated names of case kinds, states and service types, shared by the routing screens. */
final class Labels {

    private Labels() {
    }

    static String kind(Component view, CaseKind kind) {
        return view.getTranslation(kind.labelKey());
    }

    static String state(Component view, CaseState state) {
        return view.getTranslation(state.statusKey());
    }

    static String serviceType(Component view, String code) {
        return code == null ? "–" : view.getTranslation(ServiceType.labelKey(code));
    }
}
