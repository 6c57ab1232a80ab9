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
import se.medverka.routing.CaseState;
import se.medverka.routing.ServiceType;
import se.medverka.shared.codes.Coded;
import se.medverka.shared.codes.Ground;

/** Labels of the complaint's codes, and the "where else can I turn" links, shared by the views. */
final class ComplaintTexts {

    private ComplaintTexts() {
    }

    // The keys are written out (no concatenation), so that the unused-key test finds each of them.

    static String concerns(String code) {
        return code == null ? "" : I18NProvider.translate(switch (code) {
            case "TREATMENT" -> "complaint.form.concerns.treatment.label";
            case "ACCESSIBILITY" -> "complaint.form.concerns.accessibility.label";
            default -> "complaint.form.concerns.both.label";
        });
    }

    static String anonymity(String code) {
        return code == null ? "" : I18NProvider.translate(switch (code) {
            case "ANONYMOUS" -> "complaint.form.anonymity.anonymous.label";
            case "NAMED" -> "complaint.form.anonymity.named.label";
            default -> "complaint.form.anonymity.pin.label";
        });
    }

    /** What the anonymity choice means, under its name in the form. */
    static String anonymityHelper(String code) {
        return I18NProvider.translate(switch (code) {
            case "ANONYMOUS" -> "complaint.form.anonymity.anonymous.helper";
            case "NAMED" -> "complaint.form.anonymity.named.helper";
            default -> "complaint.form.anonymity.pin.helper";
        });
    }

    /** The name of an assisted complaint's channel ({@code Complaints.ASSISTED_CHANNELS}). */
    static String channel(String code) {
        return I18NProvider.translate(switch (code) {
            case "PHONE" -> "complaint.assisted.channel.phone.label";
            case "VISIT" -> "complaint.assisted.channel.visit.label";
            case "LETTER" -> "complaint.assisted.channel.letter.label";
            default -> "complaint.assisted.channel.interpreter.label";
        });
    }

    static String serviceType(String code) {
        return code == null ? I18NProvider.translate("complaint.form.dontknow.label")
                : I18NProvider.translate(ServiceType.labelKey(code));
    }

    static String grounds(List<String> codes) {
        return codes == null || codes.isEmpty() ? I18NProvider.translate("complaint.form.grounds.none.label")
                : codes.stream().map(g -> I18NProvider.translate(Coded.labelKey(Ground.class, g))).collect(Collectors.joining(", "));
    }

    static String state(CaseState state) {
        return I18NProvider.translate(switch (state) {
            case RECEIVED -> "complaint.status.state.received.label";
            case TRIAGE -> "complaint.status.state.triage.label";
            case ASSIGNED -> "complaint.status.state.assigned.label";
            case FORWARDED -> "complaint.status.state.forwarded.label";
            case IN_PROGRESS -> "complaint.status.state.in_progress.label";
            case ANSWERED -> "complaint.status.state.answered.label";
            case CLOSED -> "complaint.status.state.closed.label";
        });
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
