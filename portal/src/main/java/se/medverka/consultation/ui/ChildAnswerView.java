package se.medverka.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.medverka.consultation.AgeBand;
import se.medverka.legal.PrivacyNotices;
import se.medverka.consultation.ChildConsultations;
import se.medverka.consultation.ChildConsultations.ChildConsultation;
import se.medverka.consultation.ChildConsultations.ChildPicture;
import se.medverka.consultation.ChildConsultations.ChildQuestion;
import se.medverka.consultation.ChildConsultations.Entry;
import se.medverka.consultation.ConsultationException;
import se.medverka.consultation.QuestionType;
import se.medverka.shared.ui.ErrorSummary;
import se.medverka.shared.ui.ErrorSummary.FieldError;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * /barn/svara: one question per screen, with dots for progress, a back button and a friendly end.
 * The answers stay in this screen until the child sends them; then all are stored at once.
 */
@Route(value = "barn/svara", layout = PublicLayout.class)
@AnonymousAllowed
public class ChildAnswerView extends Div implements BeforeEnterObserver, TranslatedTitle {

    /**
     * Pictures the portal ships, not emoji: a device without an emoji font (Debian's chromium) drew
     * the emoji as empty boxes. The picture carries the answer's name (its alt text); the same words
     * beside it are for the eye only, so that a screen reader says the name once.
     */
    private static final String PICTURES = "themes/medverka/children/";
    private final ChildConsultations consultations;
    private final PrivacyNotices notices;
    private final Map<Long, String> answers = new HashMap<>();
    private ChildConsultation consultation;
    private Entry entry;
    private int index;

    public ChildAnswerView(ChildConsultations consultations, PrivacyNotices notices) {
        this.consultations = consultations;
        this.notices = notices;
        addClassNames(ChildUi.CLASS, "child-answer");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        String language = ChildUi.language();
        Optional<Long> id = params.getSingleParameter("k").flatMap(ChildAnswerView::parseLong);
        Optional<AgeBand> band = params.getSingleParameter("band").flatMap(AgeBand::parse);
        Optional<ChildConsultation> found;
        if (id.isPresent() && band.isPresent()) {
            found = consultations.withoutCode(id.get(), band.get(), language);
        } else {
            // With a class code: the one typed on /barn, kept in the session (never in the address).
            found = ChildUi.rememberedClassCode().flatMap(code -> consultations.byCode(code, language));
        }
        removeAll();
        answers.clear();
        index = 0;
        if (found.isEmpty() || !found.get().open() || found.get().questions().isEmpty()) {
            add(new H1(getTranslation("consultation.answer.missing.title")),
                    new Paragraph(getTranslation("consultation.answer.missing.text")), ChildUi.backLink());
            return;
        }
        consultation = found.get();
        entry = new Entry(consultation.id(), consultation.band(), consultation.classCode());
        showQuestion();
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void showQuestion() {
        removeAll();
        List<ChildQuestion> questions = consultation.questions();
        ChildQuestion q = questions.get(index);
        add(ChildUi.inLanguage(new H1(consultation.title()), consultation.language()));
        ChildUi.notInYourLanguage(consultation.language()).ifPresent(this::add);
        add(progress(questions.size()));

        H2 text = ChildUi.inLanguage(new H2(q.text()), consultation.language());
        text.setId("child-question");
        text.getElement().setAttribute("tabindex", "-1");
        add(text, new ReadAloud(getTranslation("consultation.answer.read.action"), q.text(), consultation.language()));

        Component control = control(q);
        add(control);
        if (index == 0) {
            add(new Paragraph(getTranslation("consultation.answer.skip.helper")));
            add(notices.child(consultation.band().name().toLowerCase(java.util.Locale.ROOT),
                    consultations.committeeOf(consultation.id()).orElse(null)));
        }

        Div nav = new Div();
        nav.addClassName("child-nav");
        if (index > 0) {
            Button back = new Button(getTranslation("consultation.answer.back.action"), e -> {
                index--;
                showQuestion();
            });
            back.addClassName("child-button");
            nav.add(back);
        }
        boolean last = index == questions.size() - 1;
        Button next = new Button(getTranslation(last ? "consultation.answer.send.action" : "consultation.answer.next.action"),
                e -> next(last));
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClassNames("child-button", "child-next");
        nav.add(next);
        add(nav);
        // A new question: move focus to it so that screen readers read it and Tab starts from here.
        text.getElement().executeJs("this.focus()");
    }

    private Component progress(int total) {
        OrderedList dots = new OrderedList();
        dots.addClassName("child-progress");
        dots.getElement().setAttribute("aria-label",
                getTranslation("consultation.answer.progress.label", index + 1, total));
        for (int i = 0; i < total; i++) {
            ListItem dot = new ListItem();
            dot.addClassName(i < index ? "done" : i == index ? "current" : "todo");
            Span hidden = new Span(getTranslation("consultation.answer.progress.step.label", i + 1));
            hidden.addClassName("visually-hidden");
            dot.add(hidden);
            if (i == index) {
                dot.getElement().setAttribute("aria-current", "step");
            }
            dots.add(dot);
        }
        Paragraph text = new Paragraph(getTranslation("consultation.answer.progress.label", index + 1, total));
        text.addClassName("child-progress-text");
        text.getElement().setAttribute("aria-hidden", "true");
        return new Div(dots, text);
    }

    private Component control(ChildQuestion q) {
        if (q.type() == QuestionType.FREE_TEXT) {
            TextArea area = new TextArea(getTranslation("consultation.answer.freetext.label"));
            area.setHelperText(getTranslation("consultation.answer.freetext.helper"));
            area.setMaxLength(ChildConsultations.MAX_FREE_TEXT);
            area.setValue(answers.getOrDefault(q.id(), ""));
            area.addClassName("child-freetext");
            area.addValueChangeListener(e -> answers.put(q.id(), e.getValue()));
            return area;
        }
        RadioButtonGroup<String> group = new RadioButtonGroup<>();
        group.setAriaLabelledBy("child-question");
        group.addClassNames("child-options", "child-options--" + q.type().name().toLowerCase(java.util.Locale.ROOT));
        switch (q.type()) {
            case SMILEY -> {
                group.setItems(QuestionType.SMILEY.choices());
                group.setRenderer(new ComponentRenderer<>(choice -> option(PICTURES + "face-" + Integer.parseInt(choice) + ".svg",
                        getTranslation(QuestionType.SMILEY.choiceLabelKey(choice)))));
            }
            case YES_NO -> {
                group.setItems(QuestionType.YES_NO.choices());
                group.setRenderer(new ComponentRenderer<>(choice -> option(null,
                        getTranslation(QuestionType.YES_NO.choiceLabelKey(choice)))));
            }
            case PICTURE -> {
                Map<String, ChildPicture> byId = new HashMap<>();
                q.pictures().forEach(p -> byId.put(String.valueOf(p.id()), p));
                group.setItems(q.pictures().stream().map(p -> String.valueOf(p.id())).toList());
                group.setRenderer(new ComponentRenderer<>(id -> picture(byId.get(id))));
            }
            default -> throw new IllegalStateException();
        }
        String previous = answers.get(q.id());
        if (previous != null) {
            group.setValue(previous);
        }
        group.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                answers.put(q.id(), e.getValue());
            }
        });
        return group;
    }

    private static Component option(String face, String label) {
        Div option = new Div();
        option.addClassName("child-option");
        if (face == null) {
            option.add(new Span(label));
            return option;
        }
        Image f = new Image(face, label);
        f.addClassName("child-face");
        option.add(f, shownOnly(new Span(label)));
        return option;
    }

    private Component picture(ChildPicture p) {
        long id = p.id();
        // The picture's alt text (written by staff for it) names the choice; the caption shows the same words.
        Image image = ChildUi.inLanguage(ChildUi.picture(() -> consultations.picture(id), id, p.alt()), consultation.language());
        Div option = new Div(image, shownOnly(ChildUi.inLanguage(new Span(p.alt()), consultation.language())));
        option.addClassNames("child-option", "child-picture");
        return option;
    }

    /** Words on screen that repeat the picture's alt text: read once, from the picture. */
    private static Span shownOnly(Span words) {
        words.getElement().setAttribute("aria-hidden", "true");
        return words;
    }

    private void next(boolean last) {
        if (!last) {
            index++;
            showQuestion();
            return;
        }
        try {
            consultations.submit(entry, answers);
        } catch (ConsultationException e) {
            ErrorSummary errors = new ErrorSummary("shared.form.errors.title");
            addComponentAsFirst(errors);
            errors.show(List.of(new FieldError(null, e.messageKey())));
            return;
        }
        showEnd();
    }

    private void showEnd() {
        removeAll();
        H1 thanks = new H1(getTranslation("consultation.answer.end.title"));
        thanks.getElement().setAttribute("tabindex", "-1");
        Image star = new Image(PICTURES + "star.svg", "");
        star.addClassName("child-end-star");
        add(star, thanks, new Paragraph(getTranslation("consultation.answer.end.text")));
        if (consultation.classCode() != null) {
            add(new Paragraph(getTranslation("consultation.answer.end.code.text", consultation.classCode())));
        } else {
            add(new Paragraph(getTranslation("consultation.answer.end.page.text")));
        }
        add(ChildUi.backLink());
        thanks.getElement().executeJs("this.focus()");
    }

    @Override
    public String titleKey() {
        return "consultation.answer.title";
    }
}
