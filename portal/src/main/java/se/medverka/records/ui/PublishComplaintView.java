package se.medverka.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import se.medverka.records.LegalGround;
import se.medverka.records.PublishedComplaints;
import se.medverka.records.RecordsException;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** A handler publishes a closed, answered complaint of the committee, the answer reviewed for secrecy first. */
@Route(value = "personal/publicera", layout = StaffLayout.class)
@Menu(title = "records.publish.nav.label", order = 340)
@RolesAllowed("HANDLER")
public class PublishComplaintView extends VerticalLayout implements TranslatedTitle {

    public PublishComplaintView(PublishedComplaints published) {
        add(new H1(getTranslation("records.publish.title")), new Paragraph(getTranslation("records.publish.intro")));
        TextField caseNumber = new TextField(getTranslation("records.requests.case.label"));
        TextArea passages = new TextArea(getTranslation("records.review.passage.label"));
        passages.setWidthFull();
        ComboBox<LegalGround> ground = new ComboBox<>(getTranslation("records.review.ground.label"), LegalGround.values());
        ground.setItemLabelGenerator(g -> g.citation() + " – " + getTranslation(g.labelKey()));
        ground.setWidthFull();
        Button publish = new Button(getTranslation("records.publish.action"), e -> {
            try {
                published.publish(caseNumber.getValue(),
                        Arrays.stream(passages.getValue().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                        ground.getValue());
                Notices.success(getTranslation("records.publish.done.message"));
                caseNumber.clear();
                passages.clear();
            } catch (RecordsException ex) {
                String message = getTranslation(ex.messageKey());
                caseNumber.setErrorMessage(message);
                caseNumber.setInvalid(true);
                Notices.error(message);
            }
        });
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        add(caseNumber, passages, ground, publish, new Anchor("klagomal/publicerade", getTranslation("records.published.title")));
    }

    @Override
    public String titleKey() {
        return "records.publish.title";
    }
}
