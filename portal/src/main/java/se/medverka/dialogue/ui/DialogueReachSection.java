package se.medverka.dialogue.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import se.medverka.dialogue.Reach;
import se.medverka.shared.stats.SmallCells;
import se.medverka.shared.stats.SmallCells.Cell;

/**
 * "Who do we reach?" for one dialogue, under its results: the optional questions' counts, with small
 * cells shown as "fewer than n" and the cells hidden to protect them as hidden, exactly as the
 * service returns them (the suppression happens there, never here).
 */
class DialogueReachSection extends Section {

    DialogueReachSection(Reach reach, long dialogueId, Map<String, String> districtNames) {
        int minCell = reach.minCell();
        // A region named by its heading, so that it is found and announced as "Who do we reach?".
        H2 title = new H2(getTranslation("dialogue.editor.reach.title"));
        title.setId("dialogue-reach-title");
        getElement().setAttribute("aria-labelledby", "dialogue-reach-title");
        add(title);
        add(new Paragraph(getTranslation("dialogue.editor.reach.intro.text", minCell)));
        for (Reach.Breakdown b : reach.ofDialogue(dialogueId)) {
            add(new H3(getTranslation(Reach.questionKey(b.question()))));
            UnorderedList list = new UnorderedList();
            b.cells().forEach((code, cell) -> list.add(new ListItem(line(
                    "DISTRICT".equals(b.question()) && districtNames.containsKey(code) ? districtNames.get(code)
                            : getTranslation(Reach.answerKey(b.question(), code)), cell, minCell))));
            list.add(new ListItem(line(getTranslation("dialogue.editor.reach.total.label"), b.total(), minCell)));
            add(list);
        }
    }

    private String line(String label, Cell cell, int minCell) {
        if (!cell.suppressed()) {
            return getTranslation("dialogue.editor.reach.count.text", label, cell.value());
        }
        return cell.hidden() == SmallCells.Hidden.FEW ? getTranslation("dialogue.editor.reach.fewer.text", label, minCell)
                : getTranslation("dialogue.editor.reach.hidden.text", label);
    }
}
