package se.medverka.legal.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.information.TranslationStatus;
import se.medverka.legal.AccessibilityStatement;
import se.medverka.legal.AccessibilityStatement.Statement;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.LanguageSelection;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.shared.ui.TitledSection;

/**
 * The accessibility statement (tillgänglighetsredogörelse) after DIGG's model: the fixed text from
 * the bundles, the known gaps from their information page (in the reader's language or the nearest
 * one, marked with its own language), the date of assessment and the contact staff set.
 */
@Route(value = "tillganglighet", layout = PublicLayout.class)
@AnonymousAllowed
public class StatementView extends Div implements TranslatedTitle {

    public static final String DIGG_COMPLAINT = "https://www.digg.se/tdosanmalan";

    public StatementView(AccessibilityStatement statements) {
        addClassNames("legal-page", "statement-view");
        Language language = LanguageSelection.current();
        Statement s = statements.read(language);
        String date = Formats.date(s.assessedOn(), getLocale());

        add(new H1(getTranslation("legal.statement.title")), new Paragraph(getTranslation("legal.statement.intro.text")));
        add(section("legal.statement.level.title", new Paragraph(getTranslation("legal.statement.level.text"))));

        Section gaps = section("legal.statement.gaps.title");
        s.gaps().ifPresent(g -> {
            if (g.fellBack()) {
                gaps.add(new Paragraph(getTranslation("legal.statement.gaps.fallback.text", g.shown().nativeName())));
            } else if (g.status() == TranslationStatus.DRAFT) {
                gaps.add(new Paragraph(getTranslation("legal.statement.gaps.draft.text")));
            }
            Html body = new Html("<div class=\"information-body\">" + g.safeHtml() + "</div>");
            body.getElement().setAttribute("lang", g.shown().htmlLang());
            body.getElement().setAttribute("dir", g.shown().rightToLeft() ? "rtl" : "ltr");
            gaps.add(body);
        });
        add(gaps);

        add(section("legal.statement.assessed.title",
                new Paragraph(getTranslation("legal.statement.assessed.text", date))));

        Paragraph contact = new Paragraph(getTranslation("legal.statement.contact.email.text") + " ");
        contact.add(new Anchor("mailto:" + s.contactEmail(), s.contactEmail()));
        Section report = section("legal.statement.report.title",
                new Paragraph(getTranslation("legal.statement.report.text")),
                new Paragraph(new Anchor("tillganglighet/rapportera", getTranslation("legal.statement.report.action"))),
                contact);
        if (s.contactPhone() != null) {
            report.add(new Paragraph(getTranslation("legal.statement.contact.phone.text", s.contactPhone())));
        }
        add(report);

        Paragraph digg = new Paragraph(getTranslation("legal.statement.supervision.text") + " ");
        digg.add(new Anchor(DIGG_COMPLAINT, getTranslation("legal.statement.supervision.action")));
        add(section("legal.statement.supervision.title", digg));
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        return TitledSection.of(getTranslation(titleKey), content);
    }

    @Override
    public String titleKey() {
        return "legal.statement.title";
    }
}
