package se.medverka.complaint.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.stream.Collectors;

/** Labels of the complaint's codes, and the "where else can I turn" links, shared by the views. */
final class ComplaintTexts {

    private ComplaintTexts() {
    }

    static String concerns(String code) {
        return code == null ? "" : I18NProvider.translate("complaint.form.concerns." + code.toLowerCase() + ".label");
    }

    static String anonymity(String code) {
        return code == null ? "" : I18NProvider.translate("complaint.form.anonymity." + code.toLowerCase() + ".label");
    }

    static String serviceType(String code) {
        return code == null ? I18NProvider.translate("complaint.form.dontknow.label")
                : I18NProvider.translate("routing.servicetype." + code + ".label");
    }

    static String grounds(List<String> codes) {
        return codes == null || codes.isEmpty() ? I18NProvider.translate("complaint.form.grounds.none.label")
                : codes.stream().map(g -> I18NProvider.translate("shared.ground." + g + ".label")).collect(Collectors.joining(", "));
    }

    static String state(Enum<?> state) {
        return I18NProvider.translate("complaint.status.state." + state.name().toLowerCase() + ".label");
    }

    /** Diskrimineringsombudsmannen and Barnombudsmannen: where a resident can also turn. */
    static Component elsewhere() {
        Anchor dO = new Anchor("https://www.do.se", I18NProvider.translate("complaint.elsewhere.do.action"));
        Anchor bo = new Anchor("https://www.barnombudsmannen.se", I18NProvider.translate("complaint.elsewhere.bo.action"));
        Section section = new Section(new H2(I18NProvider.translate("complaint.elsewhere.title")),
                new UnorderedList(new ListItem(dO), new ListItem(bo)));
        section.addClassName("complaint-elsewhere");
        return section;
    }
}
