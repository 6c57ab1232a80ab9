package se.medverka.consultation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import se.medverka.consultation.ChildConsultations;
import se.medverka.consultation.ChildConsultations.OpenConsultation;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** /barn: children come in with their class code, or pick an open consultation. */
@Route(value = "barn", layout = PublicLayout.class)
@AnonymousAllowed
public class ChildrenView extends Div implements TranslatedTitle {

    public ChildrenView(ChildConsultations consultations) {
        addClassNames(ChildUi.CLASS, "child-start");
        add(new H1(getTranslation("consultation.start.title")), new Paragraph(getTranslation("consultation.start.intro.text")));

        TextField code = new TextField(getTranslation("consultation.start.code.label"));
        code.setHelperText(getTranslation("consultation.start.code.helper"));
        code.setMaxLength(12);
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        code.addClassName("child-code");
        Button go = new Button(getTranslation("consultation.start.code.action"), e -> {
            var entry = consultations.entry(code.getValue());
            if (entry.isPresent()) {
                // The code goes into the session, not into the address (see ChildUi.rememberClassCode).
                ChildUi.rememberClassCode(entry.get().classCode());
                e.getSource().getUI().ifPresent(ui -> ui.navigate(ChildCodeView.class));
            } else {
                code.setErrorMessage(getTranslation("consultation.join.code.error.unknown"));
                code.setInvalid(true);
            }
        });
        go.addThemeVariants(ButtonVariant.PRIMARY);
        go.addClassName("child-button");
        go.addClickShortcut(Key.ENTER).listenOn(code);
        Section withCode = new Section(new H2(getTranslation("consultation.start.code.title")), code, go);
        withCode.addClassName("child-card");
        add(withCode);

        Section open = new Section(new H2(getTranslation("consultation.start.open.title")));
        open.addClassName("child-card");
        List<OpenConsultation> list = consultations.openWithoutCode(ChildUi.language());
        if (list.isEmpty()) {
            open.add(new Paragraph(getTranslation("consultation.start.open.none.text")));
        }
        for (OpenConsultation c : list) {
            Anchor link = new Anchor("barn/konsultation/" + c.id(), getTranslation("consultation.start.open.action"));
            link.addClassName("child-link");
            open.add(ChildUi.inLanguage(new H3(c.title()), c.language()), link);
        }
        add(open);
    }

    @Override
    public String titleKey() {
        return "consultation.start.title";
    }
}
