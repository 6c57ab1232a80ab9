package se.medverka.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;
import se.medverka.consultation.PictureFile;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.LanguageSelection;

/** What the children's screens share: their language, marking foreign-language text, "Det här hände". */
final class ChildUi {

    /** The class that scopes the children's visual variant (themes/medverka/children.css). */
    static final String CLASS = "children";

    private ChildUi() {
    }

    static String language() {
        return LanguageSelection.current(UI.getCurrent()).code();
    }

    /**
     * Marks text written in another language than the page (e.g. a Swedish question on a North
     * Sami page), so that screen readers pronounce it right and Yiddish runs right to left.
     */
    static <T extends Component> T inLanguage(T component, String code) {
        if (!code.equals(language())) {
            Language.fromCode(code).ifPresent(l -> {
                component.getElement().setAttribute("lang", l.htmlLang());
                component.getElement().setAttribute("dir", l.rightToLeft() ? "rtl" : "ltr");
            });
        }
        return component;
    }

    /**
     * The class code a child typed, kept in the browser session and never in an address: an
     * address stays in the history of a shared school computer, where the next person could answer
     * again or read the class's page.
     */
    static void rememberClassCode(String code) {
        VaadinSession.getCurrent().setAttribute(CLASS_CODE, code);
    }

    static Optional<String> rememberedClassCode() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(CLASS_CODE));
    }

    private static final String CLASS_CODE = "medverka.child.classCode";

    /**
     * When the questions are not in the child's language: a word about it in the child's own
     * language (the questions themselves are marked with theirs), or nothing.
     */
    static Optional<Paragraph> notInYourLanguage(String shownLanguage) {
        if (shownLanguage.equals(language())) {
            return Optional.empty();
        }
        Paragraph note = new Paragraph(I18NProvider.translate("consultation.common.fallback.text"));
        note.addClassName("child-note");
        return Optional.of(note);
    }

    /** "Det här hände": what the city did with the children's answers, paragraph by paragraph. */
    static Section feedback(String heading, String text, String language) {
        Section section = new Section(new H2(heading));
        section.addClassName("child-feedback");
        for (String paragraph : text.split("\\R\\s*\\R")) {
            section.add(inLanguage(new Paragraph(paragraph.strip()), language));
        }
        return section;
    }

    /** A big, friendly link (also used as a button-like "go on" on the children's screens). */
    static Anchor link(String href, String key) {
        Anchor a = new Anchor(href, I18NProvider.translate(key));
        a.addClassName("child-link");
        return a;
    }

    /** The way back to /barn. */
    static Anchor backLink() {
        return link("barn", "consultation.page.back.action");
    }

    /** A stored picture, served through Vaadin's download handler (never a public file path). */
    static Image picture(Supplier<Optional<PictureFile>> source, long id, String alt) {
        return new Image(DownloadHandler.fromInputStream(event -> source.get()
                .map(f -> new DownloadResponse(new ByteArrayInputStream(f.data()), "bild-" + id, f.contentType(), f.data().length))
                .orElse(DownloadResponse.error(404))), alt);
    }
}
