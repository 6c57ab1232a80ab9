package se.medverka.consultation.ui;

import se.medverka.shared.csv.CsvFile;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.medverka.consultation.ConsultationResults;
import se.medverka.consultation.ConsultationResults.Cell;
import se.medverka.consultation.ConsultationResults.QuestionResult;
import se.medverka.consultation.Consultations.Details;
import se.medverka.consultation.QuestionType;
import se.medverka.consultation.Suppression.Figure;

/**
 * A consultation's results for staff: one table per band and district, every figure already
 * suppressed by the service, and the same figures as CSV.
 */
class ConsultationResultsSection extends Section {

    private final ConsultationResults results;
    private final long id;
    private final Map<String, String> districtNames;

    ConsultationResultsSection(ConsultationResults results, long id, Details d, Map<String, String> districtNames) {
        this.results = results;
        this.id = id;
        this.districtNames = districtNames;
        Section s = this;
        H2 title = new H2(getTranslation("consultation.staff.results.title"));
        title.setId("consultation-staff-results-title");
        // Named by its heading: a region of the page a screen reader lists.
        s.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        s.add(title, new Paragraph(getTranslation("consultation.staff.results.helper")));
        List<Cell> cells = results.results(id);
        if (cells.isEmpty()) {
            s.add(new Paragraph(getTranslation("consultation.staff.results.none.text")));
            return;
        }
        Map<String, String> choiceLabels = choiceLabels(d, getLocale());
        String fewer = getTranslation("consultation.staff.results.fewer.text");
        for (Cell cell : cells) {
            s.add(new H3(cellName(cell, getLocale())));
            s.add(new Paragraph(getTranslation("consultation.staff.results.responses.label") + ": " + cell.responses().show(fewer)));
            s.add(table(cell, choiceLabels, fewer));
        }
        Locale locale = getLocale();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv(d, locale).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "konsultation-" + id + ".csv",
                    "text/csv; charset=utf-8", bytes.length);
        }), getTranslation("consultation.staff.results.csv.action"));
        csv.getElement().setAttribute("download", true);
        s.add(csv);
    }

    private String cellName(Cell cell, Locale locale) {
        return getTranslation(locale, cell.band().labelKey()) + " – " + districtName(cell, locale);
    }

    private String districtName(Cell cell, Locale locale) {
        return cell.districtCode() == null ? getTranslation(locale, "consultation.staff.results.nocode.label")
                : districtNames.getOrDefault(cell.districtCode(), cell.districtCode());
    }

    private Map<String, String> choiceLabels(Details d, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String c : QuestionType.SMILEY.choices()) {
            labels.put("SMILEY:" + c, c + " – " + getTranslation(locale, QuestionType.SMILEY.choiceLabelKey(c)));
        }
        for (String c : QuestionType.YES_NO.choices()) {
            labels.put("YES_NO:" + c, getTranslation(locale, QuestionType.YES_NO.choiceLabelKey(c)));
        }
        d.questions().forEach(q -> q.pictures().forEach(p ->
                labels.put("PICTURE:" + p.id(), p.altTexts().values().iterator().next())));
        return labels;
    }

    private Component table(Cell cell, Map<String, String> labels, String fewer) {
        Element table = new Element("table");
        table.getClassList().add("consultation-results");
        Element head = new Element("tr");
        for (String key : List.of("consultation.staff.results.question.label", "consultation.staff.results.choice.label",
                "consultation.staff.results.count.label")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(key)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (QuestionResult q : cell.questions()) {
            body.appendChild(row(q.position() + ". " + q.text(), getTranslation("consultation.staff.results.answered.label"),
                    q.answered().show(fewer)));
            q.choices().forEach((choice, figure) -> body.appendChild(row("", labels.getOrDefault(q.type() + ":" + choice, choice),
                    figure.show(fewer))));
        }
        table.appendChild(body);
        Div wrapper = new Div();
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private static Element row(String... cells) {
        Element tr = new Element("tr");
        for (String c : cells) {
            tr.appendChild(new Element("td").setText(c));
        }
        return tr;
    }

    /** The export: the same suppressed figures as on screen, one row per figure ({@link CsvFile}). */
    private String csv(Details d, Locale locale) {
        String fewer = getTranslation(locale, "consultation.staff.results.fewer.text");
        Map<String, String> labels = choiceLabels(d, locale);
        return CsvFile.text(out -> {
            out.row(getTranslation(locale, "consultation.staff.results.band.label"),
                    getTranslation(locale, "consultation.staff.results.district.label"),
                    getTranslation(locale, "consultation.staff.results.question.label"),
                    getTranslation(locale, "consultation.staff.results.choice.label"),
                    getTranslation(locale, "consultation.staff.results.count.label"));
            for (Cell cell : results.results(id)) {
                String band = getTranslation(locale, cell.band().labelKey());
                String district = districtName(cell, locale);
                out.row(band, district, "", getTranslation(locale, "consultation.staff.results.responses.label"),
                        cell.responses().show(fewer));
                for (QuestionResult q : cell.questions()) {
                    String question = q.position() + ". " + q.text();
                    out.row(band, district, question, getTranslation(locale, "consultation.staff.results.answered.label"),
                            q.answered().show(fewer));
                    for (Map.Entry<String, Figure> c : q.choices().entrySet()) {
                        out.row(band, district, question, labels.getOrDefault(q.type() + ":" + c.getKey(), c.getKey()),
                                c.getValue().show(fewer));
                    }
                }
            }
        });
    }
}
