package se.medverka.legal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.legal.Cookies;
import se.medverka.legal.PrivacyNotices;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.shared.ui.TitledSection;

/**
 * "Personuppgifter och kakor": what the portal collects where, who is responsible, the rights and
 * how to use them, the data protection officer, and every cookie with why no consent is asked.
 */
@Route(value = "personuppgifter", layout = PublicLayout.class)
@AnonymousAllowed
public class PrivacyView extends Div implements TranslatedTitle {

    public static final String IMY = "https://www.imy.se";

    public PrivacyView(Cookies cookies, PrivacyNotices notices) {
        addClassNames("legal-page", "privacy-view");
        add(new H1(getTranslation("legal.privacy.title")), new Paragraph(getTranslation("legal.privacy.intro.text")));
        add(section("legal.privacy.controller.title", new Paragraph(getTranslation("legal.privacy.controller.text"))));

        UnorderedList collected = new UnorderedList(
                new ListItem(getTranslation("legal.privacy.collected.complaint.text", notices.complaintRetention(getLocale()))),
                new ListItem(getTranslation("legal.privacy.collected.dialogue.text", notices.dialogueRetention(getLocale()))),
                new ListItem(getTranslation("legal.privacy.collected.children.text")),
                new ListItem(getTranslation("legal.privacy.collected.report.text")),
                new ListItem(getTranslation("legal.privacy.collected.council.text")));
        add(section("legal.privacy.collected.title", collected));

        Paragraph imy = new Paragraph(getTranslation("legal.privacy.rights.complain.text") + " ");
        imy.add(new Anchor(IMY, getTranslation("legal.privacy.rights.imy.action")));
        add(section("legal.privacy.rights.title", new Paragraph(getTranslation("legal.privacy.rights.text")),
                new Paragraph(getTranslation("legal.privacy.rights.export.text")), imy));

        Paragraph dpo = new Paragraph(getTranslation("legal.privacy.dpo.text") + " ");
        Span contact = new Span(notices.dpoContact());
        contact.addClassName("privacy-dpo");
        dpo.add(contact);
        add(section("legal.privacy.dpo.title", dpo));

        Section cookieSection = section("legal.privacy.cookies.title", new Paragraph(getTranslation("legal.privacy.cookies.text")));
        for (Cookies.Cookie c : cookies.all()) {
            H3 name = new H3(c.name());
            name.addClassName("cookie-name");
            // A cookie's name is the same in every language: mark it as code, not as text in the page's language.
            name.getElement().setAttribute("translate", "no");
            DescriptionList facts = new DescriptionList();
            facts.add(new DescriptionList.Term(getTranslation("legal.privacy.cookie.purpose.label")),
                    new DescriptionList.Description(getTranslation(c.purposeKey())),
                    new DescriptionList.Term(getTranslation("legal.privacy.cookie.lifetime.label")),
                    new DescriptionList.Description(getTranslation(c.lifetimeKey())));
            cookieSection.add(name, facts);
        }
        add(cookieSection);
        add(section("legal.privacy.consent.title", new Paragraph(getTranslation("legal.privacy.consent.text"))));
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        return TitledSection.of(getTranslation(titleKey), content);
    }

    @Override
    public String titleKey() {
        return "legal.privacy.title";
    }
}
