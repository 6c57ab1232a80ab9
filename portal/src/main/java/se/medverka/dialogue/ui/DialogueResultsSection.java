package se.medverka.dialogue.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import se.medverka.dialogue.DialogueResults;
import se.medverka.dialogue.DialogueResults.QuestionResult;
import se.medverka.dialogue.QuestionKind;

/** A dialogue's results for staff: counts per question, the free texts, and the CSV of every answer. */
class DialogueResultsSection extends Section {

    private final DialogueResults results;
    private final long id;

    DialogueResultsSection(DialogueResults results, long id) {
        this.results = results;
        this.id = id;
        Section section = this;
        section.add(new H2(getTranslation("dialogue.editor.results.title")));
        Anchor csv = new Anchor(csvHandler(),
                getTranslation("dialogue.editor.results.csv.action"));
        section.add(csv);
        for (QuestionResult r : results.results(id)) {
            section.add(new H3(r.text()));
            UnorderedList counts = new UnorderedList();
            if (r.kind() == QuestionKind.FREE_TEXT) {
                section.add(new Paragraph(getTranslation("dialogue.editor.results.freetexts.text", r.freeTexts())));
                results.freeTexts(r.questionId(), 0, 500).forEach(t -> counts.add(new ListItem(t)));
            } else {
                for (int i = 0; i < r.counts().length; i++) {
                    String label = r.kind() == QuestionKind.SCALE ? getTranslation(QuestionKind.scaleLabelKey(i + 1))
                            : r.options().get(i);
                    counts.add(new ListItem(getTranslation("dialogue.editor.results.count.text", label, r.counts()[i])));
                }
            }
            section.add(counts);
        }
    }

    private DownloadHandler csvHandler() {
        long dialogueId = id;
        return event -> {
            event.setFileName("dialog-" + dialogueId + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (var out = event.getOutputStream()) {
                results.writeCsv(dialogueId, out);
            }
        };
    }
}
