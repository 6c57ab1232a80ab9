package se.medverka.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.consultation.ChildConsultations;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * /barn/klass: where the class code typed on /barn leads — start answering, and later "Det här
 * hände". The code comes from the session, never from the address.
 */
@Route(value = "barn/klass", layout = PublicLayout.class)
@AnonymousAllowed
public class ChildCodeView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final ChildConsultations consultations;

    public ChildCodeView(ChildConsultations consultations) {
        this.consultations = consultations;
        addClassName(ChildUi.CLASS);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var found = ChildUi.rememberedClassCode().flatMap(code -> consultations.byCode(code, ChildUi.language()));
        if (found.isEmpty()) {
            add(new H1(getTranslation("consultation.code.missing.title")),
                    new Paragraph(getTranslation("consultation.join.code.error.unknown")), ChildUi.backLink());
            return;
        }
        var c = found.get();
        add(ChildUi.inLanguage(new H1(c.title()), c.language()));
        ChildUi.notInYourLanguage(c.language()).ifPresent(this::add);
        add(new Paragraph(getTranslation("consultation.code.band.text", getTranslation(c.band().labelKey()))));
        c.feedback().ifPresent(text -> add(ChildUi.feedback(getTranslation("consultation.feedback.section.title"),
                text, c.language())));
        if (c.open()) {
            add(ChildUi.link("barn/svara", "consultation.code.start.action"));
        } else if (c.feedback().isEmpty()) {
            add(new Paragraph(getTranslation("consultation.code.closed.text")));
        }
    }

    @Override
    public String titleKey() {
        return "consultation.code.title";
    }
}
