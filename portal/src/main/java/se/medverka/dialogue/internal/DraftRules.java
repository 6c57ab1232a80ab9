package se.medverka.dialogue.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import se.medverka.dialogue.DialogueAdmin.Draft;
import se.medverka.dialogue.DialogueAdmin.Texts;
import se.medverka.dialogue.DialogueException;
import se.medverka.dialogue.Dialogues;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.text.InputText;
import se.medverka.shared.codes.ActionPlan;
import se.medverka.shared.codes.Coded;
import se.medverka.shared.codes.FocusArea;

/** What a dialogue's form must hold before it is stored: the rules, apart from the storing. */
@Component
public class DraftRules {

    private final DialogueStaff staff;
    private final RoutingRegister register;

    DraftRules(DialogueStaff staff, RoutingRegister register) {
        this.staff = staff;
        this.register = register;
    }

    /** Refuses a draft that is not complete and consistent, with the message for the field at fault. */
    public void check(Draft d) {
        if (!staff.mayAct(d.committeeId()) || register.committee(d.committeeId()).filter(CommitteeSummary::active).isEmpty()) {
            throw new DialogueException("dialogue.editor.committee.error.required");
        }
        Texts sv = d.texts().get("sv");
        if (sv == null || InputText.isBlank(sv.title()) || InputText.isBlank(sv.summary()) || InputText.isBlank(sv.body())) {
            throw new DialogueException("dialogue.editor.texts.error.swedish");
        }
        for (Map.Entry<String, Texts> e : d.texts().entrySet()) {
            Texts t = e.getValue();
            boolean any = !InputText.isBlank(t.title()) || !InputText.isBlank(t.summary()) || !InputText.isBlank(t.body());
            boolean all = !InputText.isBlank(t.title()) && !InputText.isBlank(t.summary()) && !InputText.isBlank(t.body());
            if (Language.fromCode(e.getKey()).isEmpty() || (any && !all)) {
                throw new DialogueException("dialogue.editor.texts.error.incomplete");
            }
            if (all && (t.title().length() > Dialogues.MAX_TITLE || t.summary().length() > 1000 || t.body().length() > 20_000)) {
                throw new DialogueException("dialogue.editor.texts.error.long");
            }
        }
        if (d.opensOn() == null || d.closesOn() == null || d.closesOn().isBefore(d.opensOn())) {
            throw new DialogueException("dialogue.editor.dates.error.order");
        }
        if (!d.allowAnswers() && !d.allowProposals() && !d.allowComments()) {
            throw new DialogueException("dialogue.editor.permissions.error.none");
        }
        if (d.moderation() == null || d.flagThreshold() < 1 || d.flagThreshold() > 100) {
            throw new DialogueException("dialogue.editor.moderation.error.threshold");
        }
        if (!register.districtNames().keySet().containsAll(d.districts()) || !Coded.codes(ActionPlan.class).containsAll(d.actionPlans())
                || !Coded.codes(FocusArea.class).containsAll(d.focusAreas())) {
            throw new DialogueException("dialogue.editor.lists.error.invalid");
        }
    }
}
