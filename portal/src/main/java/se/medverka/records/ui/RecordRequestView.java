package se.medverka.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Optional;
import se.medverka.records.LegalGround;
import se.medverka.records.RecordRequests;
import se.medverka.records.RecordsException;
import se.medverka.records.RequestViews.Details;
import se.medverka.records.RequestViews.Document;
import se.medverka.records.ReviewDecision;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * The secrecy review of one request: each document's text, and per document the decision (release,
 * release with passages redacted, refuse) with its legal ground; then the released copy and, where a
 * document is refused, the decision with how to appeal, both as PDF.
 */
@Route(value = "personal/handlingar/:id", layout = StaffLayout.class)
@RouteAlias(value = "personal/handlingar/arende/:caseId", layout = StaffLayout.class)
@RolesAllowed("HANDLER")
public class RecordRequestView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final RecordRequests requests;

    public RecordRequestView(RecordRequests requests) {
        this.requests = requests;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("id").flatMap(RecordRequestView::parse);
        if (id.isEmpty()) {
            id = event.getRouteParameters().get("caseId").flatMap(RecordRequestView::parse).flatMap(requests::forCase);
        }
        show(id.orElse(-1L));
    }

    private void show(long id) {
        removeAll();
        Details r;
        try {
            r = requests.details(id);
        } catch (RecordsException e) {
            add(new H1(getTranslation("records.request.error.notfound")));
            return;
        }
        add(new H1(getTranslation("records.review.title", r.caseNumber())));
        add(new Paragraph(getTranslation("records.review.facts.text", r.subjectCaseNumber(), Formats.date(r.receivedOn(), getLocale()),
                Formats.date(r.firstActionDue(), getLocale()))));
        add(new Paragraph(getTranslation("records.review.requester.label") + ": "
                + (r.requester() == null ? getTranslation("records.review.anonymous.text") : r.requester())));
        for (Document d : r.documents()) {
            add(document(r, d));
        }
        if (r.allDecided()) {
            add(new H2(getTranslation("records.review.result.title")));
            if (r.documents().stream().anyMatch(d -> d.decision() != ReviewDecision.REFUSE)) {
                add(new Paragraph(new Anchor(DownloadHandler.fromInputStream(e -> {
                    byte[] pdf = requests.releasedCopy(id);
                    return new DownloadResponse(new ByteArrayInputStream(pdf), r.caseNumber() + "-kopia.pdf", "application/pdf", pdf.length);
                }), getTranslation("records.release.download.action"))));
            }
            if (r.anyRefused()) {
                add(new H2(getTranslation("records.refusal.preview.title")), new Pre(requests.refusalText(id)));
                add(new Paragraph(new Anchor(DownloadHandler.fromInputStream(e -> {
                    byte[] pdf = requests.refusal(id);
                    return new DownloadResponse(new ByteArrayInputStream(pdf), r.caseNumber() + "-beslut.pdf", "application/pdf", pdf.length);
                }), getTranslation("records.refusal.download.action"))));
            }
        }
    }

    private Div document(Details r, Document d) {
        Div box = new Div();
        box.add(new H2(d.title()), new Pre(d.text()));
        if (d.decision() != null) {
            box.add(new Paragraph(getTranslation("records.review.decided.text", getTranslation(d.decision().labelKey())
                    + (d.ground() == null ? "" : " (" + d.ground().citation() + ")"))));
        }
        RadioButtonGroup<ReviewDecision> decision = new RadioButtonGroup<>(getTranslation("records.review.decision.label") + " – " + d.title());
        decision.setItems(ReviewDecision.values());
        decision.setItemLabelGenerator(v -> getTranslation(v.labelKey()));
        decision.setValue(d.decision());
        ComboBox<LegalGround> ground = new ComboBox<>(getTranslation("records.review.ground.label") + " – " + d.title());
        ground.setItems(Arrays.asList(LegalGround.values()));
        ground.setItemLabelGenerator(g -> g.citation() + " – " + getTranslation(g.labelKey()));
        ground.setValue(d.ground());
        ground.setWidthFull();
        TextArea passages = new TextArea(getTranslation("records.review.passage.label") + " – " + d.title());
        passages.setWidthFull();
        Button save = new Button(getTranslation("records.review.save.action") + " – " + d.title(), e -> {
            try {
                requests.decide(r.id(), d.key(), decision.getValue(), ground.getValue(),
                        Arrays.stream(passages.getValue().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList());
                Notices.success(getTranslation("records.review.saved.message"));
                show(r.id());
            } catch (RecordsException ex) {
                String message = getTranslation(ex.messageKey());
                passages.setErrorMessage(message);
                passages.setInvalid(true);
                Notices.error(message);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        box.add(decision, ground, passages, save);
        return box;
    }

    private static Optional<Long> parse(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String titleKey() {
        return "records.requests.title";
    }
}
