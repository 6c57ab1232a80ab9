package se.medverka.consultation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.consultation.AgeBand;
import se.medverka.consultation.ChildConsultations;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** /barn/konsultation/{id}: an open consultation's page — choose your age, and "Det här hände". */
@Route(value = "barn/konsultation", layout = PublicLayout.class)
@AnonymousAllowed
public class ChildConsultationView extends Div implements HasUrlParameter<Long>, TranslatedTitle {

    private final ChildConsultations consultations;

    public ChildConsultationView(ChildConsultations consultations) {
        this.consultations = consultations;
        addClassName(ChildUi.CLASS);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        var found = id == null ? java.util.Optional.<ChildConsultations.OpenConsultation>empty()
                : consultations.page(id, ChildUi.language());
        if (found.isEmpty()) {
            add(new H1(getTranslation("consultation.page.missing.title")), ChildUi.backLink());
            return;
        }
        var c = found.get();
        add(ChildUi.inLanguage(new H1(c.title()), c.language()));
        ChildUi.notInYourLanguage(c.language()).ifPresent(this::add);
        if (c.open()) {
            Section bands = new Section(new H2(getTranslation("consultation.page.band.title")));
            bands.addClassName("child-card");
            Div choices = new Div();
            choices.addClassName("child-choices");
            for (AgeBand band : c.bands()) {
                Anchor link = new Anchor("barn/svara?k=" + c.id() + "&band=" + band.name(), getTranslation(band.labelKey()));
                link.addClassName("child-band");
                choices.add(link);
            }
            bands.add(choices);
            add(bands);
        } else {
            add(new Paragraph(getTranslation("consultation.page.closed.text")));
        }
        c.feedback().forEach((band, text) -> add(ChildUi.feedback(
                getTranslation("consultation.feedback.section.title") + " – " + getTranslation(band.labelKey()),
                text, c.language())));
        add(ChildUi.backLink());
    }

    @Override
    public String titleKey() {
        return "consultation.page.title";
    }
}
