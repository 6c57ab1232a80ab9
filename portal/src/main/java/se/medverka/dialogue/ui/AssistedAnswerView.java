package se.medverka.dialogue.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import se.medverka.dialogue.DialogueAnswers;
import se.medverka.dialogue.DialogueProposals;
import se.medverka.dialogue.Dialogues;
import se.medverka.dialogue.Dialogues.Card;
import se.medverka.dialogue.Dialogues.Page;
import se.medverka.legal.PrivacyNotices;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.time.CityTime;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.PaperReceipt;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * Assisted answers: staff on the phone, at a library or service office, or with an interpreter
 * choose a dialogue that takes answers and the resident's language, read the questions in that
 * language and register the resident's answers. The channel is recorded, the staff member only in
 * the audit trail; the receipt is printed on A4 in the resident's language.
 */
@Route(value = "personal/bistand/svar", layout = StaffLayout.class)
@Menu(title = "dialogue.assisted.answers.nav.label", order = 236)
@RolesAllowed({"HANDLER", "MODERATOR", "ADMIN"})
public class AssistedAnswerView extends Div implements TranslatedTitle {

    private final DialogueAnswers answering;
    private final Dialogues dialogues;
    private final PrivacyNotices notices;
    private final Clock clock;
    private final RadioButtonGroup<String> channel = new RadioButtonGroup<>();
    private final ComboBox<Card> dialogue = new ComboBox<>();
    private final Select<Language> language = new Select<>();
    private final Div questions = new Div();

    public AssistedAnswerView(DialogueAnswers answering, Dialogues dialogues, PrivacyNotices notices, Clock clock) {
        this.answering = answering;
        this.dialogues = dialogues;
        this.notices = notices;
        this.clock = clock;
        addClassName("assisted-view");
        getStyle().set("max-inline-size", "44rem").set("padding-inline", "1rem");
        add(new H1(getTranslation("dialogue.assisted.answers.title")),
                new Paragraph(getTranslation("dialogue.assisted.answers.intro.text")));

        channel.setLabel(getTranslation("dialogue.assisted.answers.channel.label"));
        channel.setItems(DialogueProposals.ASSISTED_CHANNELS);
        channel.setItemLabelGenerator(c -> getTranslation("dialogue.assisted.channel." + c.toLowerCase(Locale.ROOT) + ".label"));
        channel.setRequiredIndicatorVisible(true);

        List<Card> taking = dialogues.list(Language.SV, null, null).stream().filter(Card::open)
                .filter(c -> dialogues.page(c.id(), Language.SV).map(p -> p.allowAnswers() && !p.questions().isEmpty()).orElse(false))
                .toList();
        dialogue.setLabel(getTranslation("dialogue.assisted.dialogue.label"));
        dialogue.setItems(taking);
        dialogue.setItemLabelGenerator(Card::title);
        dialogue.setRequiredIndicatorVisible(true);
        if (taking.isEmpty()) {
            dialogue.setHelperText(getTranslation("dialogue.assisted.answers.none.text"));
        }

        language.setLabel(getTranslation("dialogue.assisted.language.label"));
        language.setHelperText(getTranslation("dialogue.assisted.answers.language.helper"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.SV);
        for (HasSize field : new HasSize[] {channel, dialogue, language}) {
            field.setWidthFull();
        }
        Button show = new Button(getTranslation("dialogue.assisted.answers.show.action"), e -> showQuestions());
        add(channel, dialogue, language, new Div(show), questions);
    }

    /** The chosen dialogue's questions in the resident's language, as the resident's own form has them. */
    private void showQuestions() {
        questions.removeAll();
        channel.setInvalid(false);
        dialogue.setInvalid(false);
        if (channel.getValue() == null) {
            invalid(channel, "dialogue.assisted.channel.error.required");
            return;
        }
        if (dialogue.getValue() == null) {
            invalid(dialogue, "dialogue.assisted.answers.dialogue.error.required");
            return;
        }
        Language resident = language.getValue() == null ? Language.SV : language.getValue();
        String how = channel.getValue();
        Page page = dialogues.page(dialogue.getValue().id(), resident).orElse(null);
        if (page == null || !page.open() || !page.allowAnswers()) {
            invalid(dialogue, "dialogue.assisted.answers.dialogue.error.required");
            return;
        }
        AnswerForm form = new AnswerForm(page, notices.dialogueEmail(page.committeeName()), "dialogue.assisted.answers.send.action",
                (answers, email) -> answering.answerAssisted(page.id(), answers, email, resident, how),
                () -> showReceipt(page, resident));
        form.getElement().setAttribute("lang", resident.htmlLang());
        form.getElement().setAttribute("dir", resident.rightToLeft() ? "rtl" : "ltr");
        questions.add(form);
    }

    private void invalid(com.vaadin.flow.component.HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        Notices.error(getTranslation(key));
    }

    /** The receipt in the resident's language, to print on A4 and hand over or post. */
    private void showReceipt(Page page, Language resident) {
        Locale l = resident.locale();
        Section paper = PaperReceipt.show(this, getTranslation("dialogue.assisted.answers.done.text"),
                getTranslation("dialogue.assisted.print.action"), "personal/bistand/svar",
                getTranslation("dialogue.assisted.answers.again.action"), resident);
        paper.add(new H1(getTranslation(l, "dialogue.assisted.answers.receipt.title")));
        paper.add(new Paragraph(getTranslation(l, "dialogue.assisted.receipt.dialogue.label") + ": " + page.title()));
        String day = Formats.date(CityTime.today(clock), l);
        paper.add(new Paragraph(getTranslation(l, "dialogue.assisted.answers.receipt.date.label") + ": " + day),
                new Paragraph(getTranslation(l, "dialogue.assisted.answers.receipt.results.text")),
                new Paragraph(getTranslation(l, "dialogue.assisted.answers.receipt.privacy.text")));
        add(paper);
    }

    @Override
    public String titleKey() {
        return "dialogue.assisted.answers.title";
    }
}
