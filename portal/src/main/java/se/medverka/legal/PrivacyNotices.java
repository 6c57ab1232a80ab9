package se.medverka.legal;

import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.text.MeasureFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.PrivacyNotice;

/**
 * The privacy notices the forms show where they collect personal data, and the facts the page
 * "Personuppgifter och kakor" lists. Retention is read from the setting the retention job uses
 * ({@code medverka.complaint.retention}), the data protection officer's contact from
 * {@code medverka.legal.dpo-contact}, so the notice says what really happens.
 */
@org.springframework.stereotype.Component
public class PrivacyNotices {

    private final String dpoContact;
    private final String complaintRetention;
    private final RoutingRegister register;
    private final String dialogueUnconfirmed;
    private final String dialogueAfterClosing;

    PrivacyNotices(RoutingRegister register,
                   @Value("${medverka.dialogue.unconfirmed-retention:P30D}") String dialogueUnconfirmed,
                   @Value("${medverka.dialogue.address-retention:P1Y}") String dialogueAfterClosing,
                   @Value("${medverka.legal.dpo-contact:dataskyddsombud@stad.example}") String dpoContact,
                   @Value("${medverka.complaint.retention:P2Y}") String complaintRetention) {
        this.register = register;
        this.dialogueUnconfirmed = dialogueUnconfirmed;
        this.dialogueAfterClosing = dialogueAfterClosing;
        this.dpoContact = dpoContact;
        this.complaintRetention = complaintRetention;
    }

    public String dpoContact() {
        return dpoContact;
    }

    /** The complaint retention setting in words, e.g. "2 år", in the given language. */
    public String complaintRetention(Locale locale) {
        return period(complaintRetention, Language.fromLocale(locale).formatLocale());
    }

    /** The dialogue address retention settings in words: {unconfirmed, after closing}. */
    public Object[] dialogueRetention(Locale locale) {
        Locale l = Language.fromLocale(locale).formatLocale();
        return new Object[] {period(dialogueUnconfirmed, l), period(dialogueAfterClosing, l)};
    }

    /** At the complaint form. The controller is the committee the complaint is routed to. */
    public Component complaint() {
        return notice(Kind.COMPLAINT, t("legal.notice.complaint.controller.text"),
                t("legal.notice.complaint.retention.text", complaintRetention(locale())));
    }

    /** At a dialogue's e-mail field; the dialogue's committee is the controller. */
    public Component dialogueEmail(String committeeName) {
        return notice(Kind.DIALOGUE, committeeName, t("legal.notice.dialogue.retention.text", dialogueRetention(locale())));
    }

    /**
     * Where staff add a council member (name, organisation, role, mandate, address) and where the
     * member reads their councils; the committee that runs the council is the controller.
     */
    public Component councilMember(String committeeName) {
        return notice(Kind.COUNCIL, committeeName, t("legal.notice.council.retention.text"));
    }

    /**
     * At a citizen budget's ballot; the round's committee is the controller. Says what is kept of a
     * voter (a keyed hash, never the identity number) and that the ballot cannot be traced back.
     */
    public Component budgetVote(String committeeName) {
        return notice(Kind.BUDGET, committeeName, t("legal.notice.budget.retention.text"));
    }

    /** At the accessibility report form; the city office (triage) is the controller. */
    public Component report() {
        return notice(Kind.REPORT, t("legal.notice.report.controller.text"), t("legal.notice.report.retention.text"));
    }

    /**
     * For children, in words of their age band ({@code b6_9}, {@code b10_12}, {@code b13_17}): the
     * short version is written for the band; the facts underneath are for the adults with them.
     */
    public Component child(String band, Long committeeId) {
        String controller = committeeId == null ? t("legal.notice.child.controller.text")
                : register.committee(committeeId).map(CommitteeSummary::name).orElse(t("legal.notice.child.controller.text"));
        Map<String, String> facts = facts(Kind.CHILD, controller, t("legal.notice.child.retention.text"));
        return new PrivacyNotice(t(switch (band) {
            case "b6_9" -> "legal.notice.child.b6_9.title";
            case "b10_12" -> "legal.notice.child.b10_12.title";
            default -> "legal.notice.child.b13_17.title";
        }), t(switch (band) {
            case "b6_9" -> "legal.notice.child.b6_9.text";
            case "b10_12" -> "legal.notice.child.b10_12.text";
            default -> "legal.notice.child.b13_17.text";
        }),
                t("legal.notice.child.more.label"), facts, null, null);
    }

    private Component notice(Kind kind, String controller, String retention) {
        return new PrivacyNotice(t("legal.notice.title"), t(kind.shortKey(), controller),
                t("legal.notice.more.label"), facts(kind, controller, retention), "personuppgifter",
                t("legal.notice.page.action"));
    }

    private Map<String, String> facts(Kind kind, String controller, String retention) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(t("legal.notice.controller.label"), controller);
        facts.put(t("legal.notice.purpose.label"), t(kind.purposeKey()));
        facts.put(t("legal.notice.basis.label"), t(kind.basisKey()));
        facts.put(t("legal.notice.retention.label"), retention);
        facts.put(t("legal.notice.recipients.label"), t(kind.recipientsKey()));
        facts.put(t("legal.notice.rights.label"), t(kind.rightsKey()));
        facts.put(t("legal.notice.dpo.label"), t("legal.notice.dpo.text", dpoContact));
        return facts;
    }

    private static String t(String key, Object... params) {
        return I18NProvider.translate(key, params);
    }

    private static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Language.DEFAULT.locale() : ui.getLocale();
    }

    /** An ISO-8601 period ({@code P2Y}) or duration ({@code PT1H}) in words of the locale. */
    static String period(String iso, Locale locale) {
        List<Measure> parts = new ArrayList<>();
        if (iso.startsWith("PT")) {
            Duration d = Duration.parse(iso);
            if (d.toHours() > 0) {
                parts.add(new Measure(d.toHours(), MeasureUnit.HOUR));
            }
            if (d.toMinutesPart() > 0 || parts.isEmpty()) {
                parts.add(new Measure(d.toMinutesPart(), MeasureUnit.MINUTE));
            }
        } else {
            Period p = Period.parse(iso);
            if (p.getYears() > 0) {
                parts.add(new Measure(p.getYears(), MeasureUnit.YEAR));
            }
            if (p.getMonths() > 0) {
                parts.add(new Measure(p.getMonths(), MeasureUnit.MONTH));
            }
            if (p.getDays() > 0 || parts.isEmpty()) {
                parts.add(new Measure(p.getDays(), MeasureUnit.DAY));
            }
        }
        return MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE).formatMeasures(parts.toArray(Measure[]::new));
    }

    /** Each notice's own texts, written out so that the unused-key test finds them; a child's short text is per age band. */
    private record Kind(String shortKey, String purposeKey, String basisKey, String recipientsKey, String rightsKey) {
        static final Kind COMPLAINT = new Kind("legal.notice.complaint.short.text", "legal.notice.complaint.purpose.text",
                "legal.notice.complaint.basis.text", "legal.notice.complaint.recipients.text", "legal.notice.complaint.rights.text");
        static final Kind DIALOGUE = new Kind("legal.notice.dialogue.short.text", "legal.notice.dialogue.purpose.text",
                "legal.notice.dialogue.basis.text", "legal.notice.dialogue.recipients.text", "legal.notice.dialogue.rights.text");
        static final Kind COUNCIL = new Kind("legal.notice.council.short.text", "legal.notice.council.purpose.text",
                "legal.notice.council.basis.text", "legal.notice.council.recipients.text", "legal.notice.council.rights.text");
        static final Kind BUDGET = new Kind("legal.notice.budget.short.text", "legal.notice.budget.purpose.text",
                "legal.notice.budget.basis.text", "legal.notice.budget.recipients.text", "legal.notice.budget.rights.text");
        static final Kind REPORT = new Kind("legal.notice.report.short.text", "legal.notice.report.purpose.text",
                "legal.notice.report.basis.text", "legal.notice.report.recipients.text", "legal.notice.report.rights.text");
        static final Kind CHILD = new Kind(null, "legal.notice.child.purpose.text",
                "legal.notice.child.basis.text", "legal.notice.child.recipients.text", "legal.notice.child.rights.text");
    }
}
