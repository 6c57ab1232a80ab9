package se.medverka.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import java.util.Map;

/**
 * A privacy notice (GDPR art. 13) where personal data is collected: the heading and the short
 * version are always visible, the full facts (controller, purpose, legal basis, retention,
 * recipients, rights, data protection officer) open under a native {@code <details>}, which
 * keyboards and screen readers handle without script. The texts are given translated.
 */
public class PrivacyNotice extends Section {

    public PrivacyNotice(String heading, String shortText, String moreLabel, Map<String, String> facts,
                         String pageLink, String pageLabel) {
        addClassName("privacy-notice");
        // A labelled region rather than a heading: the notice sits in forms at different heading levels.
        Paragraph title = new Paragraph(heading);
        title.addClassName("privacy-notice__title");
        String id = "privacy-notice-" + Integer.toHexString(System.identityHashCode(this));
        title.setId(id);
        getElement().setAttribute("aria-labelledby", id);
        add(title, new Paragraph(shortText));
        Element details = new Element("details");
        Element summary = new Element("summary").setText(moreLabel);
        details.appendChild(summary);
        DescriptionList list = new DescriptionList();
        facts.forEach((term, text) -> list.add(new DescriptionList.Term(term), new DescriptionList.Description(text)));
        details.appendChild(list.getElement());
        getElement().appendChild(details);
        if (pageLink != null) {
            add(new Paragraph(new Anchor(pageLink, pageLabel)));
        }
    }
}
