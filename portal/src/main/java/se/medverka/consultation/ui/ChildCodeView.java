package se.medverka.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.consultation.ChildConsultations;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** /barn/kod/{code}: where a class code leads — start answering, and later "Det här hände". */
@Route(value = "barn/kod", layout = PublicLayout.class)
@AnonymousAllowed
public class ChildCodeView extends Div implements HasUrlParameter<String>, TranslatedTitle {

    private final ChildConsultations consultations;

    public ChildCodeView(ChildConsultations consultations) {
        this.consultations = consultations;
        addClassName(ChildUi.CLASS);
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        removeAll();
        var found = consultations.byCode(code, ChildUi.language());
        if (found.isEmpty()) {
            add(new H1(getTranslation("consultation.code.missing.title")),
                    new Paragraph(getTranslation("consultation.join.code.error.unknown")), ChildUi.backLink());
            return;
        }
        var c = found.get();
        add(ChildUi.inLanguage(new H1(c.title()), c.language()));
        add(new Paragraph(getTranslation("consultation.code.band.text", getTranslation(c.band().labelKey()))));
        c.feedback().ifPresent(text -> add(ChildUi.feedback(getTranslation("consultation.feedback.section.title"),
                text, c.language())));
        if (c.open()) {
            add(ChildUi.link("barn/svara?kod=" + c.classCode(), "consultation.code.start.action"));
        } else if (c.feedback().isEmpty()) {
            add(new Paragraph(getTranslation("consultation.code.closed.text")));
        }
    }

    @Override
    public String titleKey() {
        return "consultation.code.title";
    }
}
