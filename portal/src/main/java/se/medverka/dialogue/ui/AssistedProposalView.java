package se.medverka.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import se.medverka.dialogue.DialogueException;
import se.medverka.dialogue.DialogueProposals;
import se.medverka.dialogue.Dialogues;
import se.medverka.dialogue.Dialogues.Card;
import se.medverka.dialogue.Dialogues.Page;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.PaperReceipt;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.shared.ui.ReceiptValue;

/**
 * Assisted submission of a proposal: staff at a library, a service office or on the phone choose an
 * open dialogue and write the resident's proposal in the resident's language, recording the channel.
 * The receipt (case number) is then shown in the resident's language as a page to print on A4 (the
 * staff frame is left out of the print, as for the assisted complaint).
 */
@Route(value = "personal/bistand/forslag", layout = StaffLayout.class)
@Menu(title = "dialogue.assisted.nav.label", order = 235)
@RolesAllowed({"HANDLER", "MODERATOR", "ADMIN"})
public class AssistedProposalView extends Div implements TranslatedTitle {

    private final DialogueProposals proposals;
    private final Dialogues dialogues;
    private final RadioButtonGroup<String> channel = new RadioButtonGroup<>();
    private final ComboBox<Card> dialogue = new ComboBox<>();
    private final Select<Language> language = new Select<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final EmailField email = new EmailField();

    public AssistedProposalView(DialogueProposals proposals, Dialogues dialogues) {
        this.proposals = proposals;
        this.dialogues = dialogues;
        addClassName("assisted-view");
        getStyle().set("max-inline-size", "44rem").set("padding-inline", "1rem");
        add(new H1(getTranslation("dialogue.assisted.title")), new Paragraph(getTranslation("dialogue.assisted.intro.text")));

        channel.setLabel(getTranslation("dialogue.assisted.channel.label"));
        channel.setItems(DialogueProposals.ASSISTED_CHANNELS);
        channel.setItemLabelGenerator(c -> getTranslation(channelKey(c)));
        channel.setRequiredIndicatorVisible(true);

        dialogue.setLabel(getTranslation("dialogue.assisted.dialogue.label"));
        dialogue.setItems(dialogues.list(Language.SV, null, null).stream().filter(Card::open).toList());
        dialogue.setItemLabelGenerator(Card::title);
        dialogue.setRequiredIndicatorVisible(true);

        language.setLabel(getTranslation("dialogue.assisted.language.label"));
        language.setHelperText(getTranslation("dialogue.assisted.language.helper"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.SV);

        title.setLabel(getTranslation("dialogue.proposal.title.label"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        body.setLabel(getTranslation("dialogue.proposal.body.label"));
        body.setHelperText(getTranslation("dialogue.assisted.body.helper"));
        body.setMaxLength(4000);
        body.setMinHeight("8rem");
        body.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("dialogue.page.email.label"));
        email.setHelperText(getTranslation("dialogue.assisted.email.helper"));
        email.setMaxLength(254);
        for (var field : new com.vaadin.flow.component.HasSize[] {channel, dialogue, language, title, body, email}) {
            field.setWidthFull();
        }

        Button send = new Button(getTranslation("dialogue.assisted.send.action"), e -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        add(channel, dialogue, language, title, body, email, send);
    }

    private void send() {
        channel.setInvalid(false);
        dialogue.setInvalid(false);
        title.setInvalid(false);
        body.setInvalid(false);
        email.setInvalid(false);
        if (channel.getValue() == null) {
            invalid(channel, "dialogue.assisted.channel.error.required");
            return;
        }
        if (dialogue.getValue() == null) {
            invalid(dialogue, "dialogue.assisted.dialogue.error.required");
            return;
        }
        Language resident = language.getValue() == null ? Language.SV : language.getValue();
        try {
            DialogueProposals.Receipt r = proposals.proposeAssisted(dialogue.getValue().id(), title.getValue(), body.getValue(),
                    email.getValue(), resident, channel.getValue());
            showReceipt(r, dialogue.getValue().id(), resident);
        } catch (DialogueException ex) {
            String key = ex.messageKey();
            if (key.equals("dialogue.proposal.title.error.required")) {
                invalid(title, key);
            } else if (key.equals("dialogue.proposal.body.error.required")) {
                invalid(body, key);
            } else if (key.equals("dialogue.page.email.error.invalid")) {
                invalid(email, key);
            } else {
                Notices.error(getTranslation(key));
            }
        }
    }

    private void invalid(com.vaadin.flow.component.HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        // Said aloud as well: the field may be far above the button.
        Notices.error(getTranslation(key));
    }

    /** The receipt in the resident's language, laid out to be printed on A4 and handed over or posted. */
    private void showReceipt(DialogueProposals.Receipt r, long dialogueId, Language resident) {
        Locale l = resident.locale();
        Section paper = PaperReceipt.show(this, getTranslation("dialogue.assisted.done.text", r.caseNumber()),
                getTranslation("dialogue.assisted.print.action"), "personal/bistand/forslag",
                getTranslation("dialogue.assisted.again.action"), resident);
        paper.add(new H1(getTranslation(l, "dialogue.assisted.receipt.title")));
        String dialogueTitle = dialogues.page(dialogueId, resident).map(Page::title).orElse("");
        paper.add(new Paragraph(getTranslation(l, "dialogue.assisted.receipt.dialogue.label") + ": " + dialogueTitle));
        paper.add(new ReceiptValue(getTranslation(l, "dialogue.assisted.receipt.number.label"), r.caseNumber(),
                "receipt-case-number"), new Paragraph(getTranslation(l, r.pending() ? "dialogue.assisted.receipt.pending.text"
                : "dialogue.assisted.receipt.published.text")),
                new Paragraph(getTranslation(l, "dialogue.assisted.receipt.privacy.text")));
        add(paper);
    }

    /** Key of an assisted channel's name (also the assisted answers'), written out for the unused-key test. */
    static String channelKey(String code) {
        return switch (code) {
            case "PHONE" -> "dialogue.assisted.channel.phone.label";
            case "VISIT" -> "dialogue.assisted.channel.visit.label";
            case "LETTER" -> "dialogue.assisted.channel.letter.label";
            default -> "dialogue.assisted.channel.interpreter.label";
        };
    }

    @Override
    public String titleKey() {
        return "dialogue.assisted.title";
    }
}
