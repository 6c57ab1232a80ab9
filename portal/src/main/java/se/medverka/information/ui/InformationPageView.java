package se.medverka.information.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.information.InformationPages;
import se.medverka.information.InformationPages.PageView;
import se.medverka.information.TranslationStatus;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.LanguageSelection;
import se.medverka.shared.ui.PublicLayout;

/**
 * One information page. When it is not yet translated into the reader's language, the text of the
 * next language along the fallback chain is shown, marked with its own {@code lang} and {@code dir},
 * under a notice in the reader's language; a draft translation says it is a draft.
 */
@Route(value = "information/:slug", layout = PublicLayout.class)
@AnonymousAllowed
public class InformationPageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final InformationPages pages;
    private String title = "";

    public InformationPageView(InformationPages pages) {
        this.pages = pages;
        addClassName("information-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        PageView view = pages.read(slug, LanguageSelection.current()).orElseThrow(NotFoundException::new);
        title = view.title();
        removeAll();
        if (view.fellBack()) {
            add(notice("information-notice", getTranslation("information.page.fallback.text",
                    view.requested().nativeName(), view.shown().nativeName())));
        } else if (view.status() == TranslationStatus.DRAFT) {
            add(notice("information-notice information-notice--draft", getTranslation("information.page.draft.text")));
        }
        Article article = new Article(new H1(view.title()),
                new Html("<div class=\"information-body\">" + view.safeHtml() + "</div>"));
        Language shown = view.shown();
        article.getElement().setAttribute("lang", shown.htmlLang());
        article.getElement().setAttribute("dir", shown.rightToLeft() ? "rtl" : "ltr");
        Anchor back = new Anchor("information", getTranslation("information.page.back.action"));
        back.addClassName("back-link");
        add(article, back);
    }

    private static Div notice(String className, String text) {
        Div notice = new Div(new Paragraph(text));
        notice.setClassName(className);
        notice.getElement().setAttribute("role", "note");
        return notice;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + I18NProvider.translate("shared.layout.portal.name");
    }
}
