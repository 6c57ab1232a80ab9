package se.medverka.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.medverka.dialogue.DialogueException;
import se.medverka.dialogue.DialogueInvitations;
import se.medverka.dialogue.Minority;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * Samråd for a dialogue's staff: close a draft to invited participants (for a national minority,
 * whose languages its texts should be written in) and invite people, one per line with their language.
 */
@Route(value = "personal/samrad", layout = StaffLayout.class)
@RolesAllowed({"HANDLER", "ADMIN"})
public class SamradView extends Div implements HasUrlParameter<Long>, TranslatedTitle {

    private final DialogueInvitations invitations;

    public SamradView(DialogueInvitations invitations) {
        this.invitations = invitations;
        addClassName("dialogue-samrad");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    private void show(long id) {
        removeAll();
        add(new Anchor("personal/dialoger/" + id, getTranslation("dialogue.editor.back.action")),
                new H1(getTranslation("dialogue.samrad.title")), new Paragraph(getTranslation("dialogue.samrad.intro.text")));
        DialogueInvitations.Status status = invitations.status(id);
        Div errors = new Div();
        errors.getElement().setAttribute("role", "alert");
        add(errors);
        if (!status.inviteOnly()) {
            Select<Minority> minority = new Select<>();
            minority.setLabel(getTranslation("dialogue.samrad.minority.label"));
            minority.setItems(Minority.values());
            minority.setItemLabelGenerator(m -> getTranslation(m == null ? "dialogue.samrad.minority.none.label" : m.labelKey()));
            minority.setEmptySelectionAllowed(true);
            minority.setEmptySelectionCaption(getTranslation("dialogue.samrad.minority.none.label"));
            Button make = new Button(getTranslation("dialogue.samrad.make.action"), e -> act(errors, () -> {
                invitations.makeInviteOnly(id, minority.getValue());
                show(id);
            }));
            make.addThemeVariants(ButtonVariant.PRIMARY);
            add(minority, make);
            return;
        }
        add(new Paragraph(getTranslation("dialogue.samrad.status.text",
                status.minority() == null ? getTranslation("dialogue.samrad.minority.none.label") : getTranslation(status.minority().labelKey()),
                status.invited(), status.answered())));
        if (status.minority() != null) {
            add(new Paragraph(getTranslation("dialogue.samrad.languages.text", status.minority().languages().stream()
                    .map(Language::nativeName).collect(Collectors.joining(", ")))));
        }
        add(new H2(getTranslation("dialogue.samrad.invite.title")));
        TextArea lines = new TextArea(getTranslation("dialogue.samrad.invitees.label"));
        lines.setHelperText(getTranslation("dialogue.samrad.invitees.helper"));
        lines.setWidthFull();
        Button invite = new Button(getTranslation("dialogue.samrad.invite.action"), e -> act(errors, () -> {
            List<DialogueInvitations.Invitee> invitees = new ArrayList<>();
            for (String line : lines.getValue().split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(";");
                Language language = parts.length > 1 ? Language.fromCode(parts[1].strip())
                        .orElseThrow(() -> new DialogueException("dialogue.samrad.invitees.error.language")) : Language.SV;
                invitees.add(new DialogueInvitations.Invitee(parts[0].strip(), language));
            }
            int n = invitations.invite(id, invitees);
            Notices.success(getTranslation("dialogue.samrad.invited.message", n));
            show(id);
        }));
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        add(lines, invite);
    }

    private void act(Div errors, Runnable action) {
        try {
            errors.removeAll();
            action.run();
        } catch (DialogueException ex) {
            errors.add(new Paragraph(getTranslation(ex.messageKey())));
            Notices.error(getTranslation(ex.messageKey()));
        }
    }

    @Override
    public String titleKey() {
        return "dialogue.samrad.title";
    }
}
