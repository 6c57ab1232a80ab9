package se.medverka.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A section under its own heading, named by that heading, so that a screen reader lists it among
 * the page's regions ("Cookies, region") and a person can jump to it.
 */
public final class TitledSection {

    private static final AtomicLong NEXT = new AtomicLong();

    private TitledSection() {
    }

    public static Section of(String title, Component... content) {
        H2 heading = new H2(title);
        heading.setId(nextId("section-title-"));
        Section section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(content);
        return section;
    }

    /** An id no other element of the page has, for a label or heading that names another element. */
    static String nextId(String prefix) {
        return prefix + NEXT.incrementAndGet();
    }
}
