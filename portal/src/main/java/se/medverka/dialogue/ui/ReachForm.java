package se.medverka.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.medverka.dialogue.DialogueException;
import se.medverka.dialogue.Reach;
import se.medverka.shared.ui.Notices;

/**
 * "Who do we reach?" after an answer or a proposal: three optional questions and a way to skip.
 * Says before asking what is kept (counts only, no link to what was sent) and why.
 */
class ReachForm extends Section {

    private static final String UNANSWERED = "";

    ReachForm(Reach reach, long dialogueId, Map<String, String> districtNames) {
        addClassName("reach-form");
        String titleId = "reach-title-" + dialogueId + "-" + Integer.toHexString(System.identityHashCode(this));
        Paragraph title = new Paragraph(getTranslation("dialogue.reach.title"));
        title.setId(titleId);
        title.addClassName("reach-form__title");
        getElement().setAttribute("aria-labelledby", titleId);
        add(title, new Paragraph(getTranslation("dialogue.reach.intro.text")));

        Select<String> age = select("dialogue.reach.age.label", Reach.AGES, a -> getTranslation(Reach.answerKey("AGE", a)));
        RadioButtonGroup<String> gender = new RadioButtonGroup<>(getTranslation("dialogue.reach.gender.label"));
        gender.setItems(Reach.GENDERS);
        gender.setItemLabelGenerator(g -> getTranslation(Reach.answerKey("GENDER", g)));
        List<String> districts = new ArrayList<>(districtNames.keySet());
        districts.add(Reach.OUTSIDE);
        districts.add(Reach.NONE);
        Select<String> district = select("dialogue.reach.district.label", districts,
                d -> districtNames.containsKey(d) ? districtNames.get(d) : getTranslation(Reach.answerKey("DISTRICT", d)));

        Button send = new Button(getTranslation("dialogue.reach.send.action"), e -> {
            try {
                VaadinRequest request = VaadinRequest.getCurrent();
                reach.record(dialogueId, blank(age.getValue()), gender.getValue(), blank(district.getValue()),
                        request == null ? null : request.getRemoteAddr());
                done("dialogue.reach.thanks.text");
            } catch (DialogueException ex) {
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        Button skip = new Button(getTranslation("dialogue.reach.skip.action"), e -> done("dialogue.reach.skipped.text"));
        add(age, gender, district, new Div(send, skip));
    }

    private Select<String> select(String labelKey, List<String> codes, com.vaadin.flow.component.ItemLabelGenerator<String> label) {
        Select<String> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        List<String> items = new ArrayList<>();
        items.add(UNANSWERED);
        items.addAll(codes);
        select.setItems(items);
        select.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("dialogue.reach.unanswered.label") : label.apply(c));
        select.setValue(UNANSWERED);
        return select;
    }

    private void done(String key) {
        removeAll();
        Paragraph p = new Paragraph(getTranslation(key));
        p.getElement().setAttribute("role", "status");
        add(p);
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
