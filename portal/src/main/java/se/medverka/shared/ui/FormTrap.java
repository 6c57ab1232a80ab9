package se.medverka.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A field people never see and programs that fill in every input do (a honeypot): a public form
 * adds one and passes {@link #value()} to its service, which refuses the sending when it is filled.
 */
public class FormTrap extends Div {

    private final Element input = new Element("input");

    public FormTrap() {
        input.setAttribute("type", "text");
        input.setAttribute("name", "website");
        input.setAttribute("tabindex", "-1");
        input.setAttribute("autocomplete", "off");
        input.setAttribute("aria-label", "website");
        input.addPropertyChangeListener("value", "change", e -> { });
        addClassName("form-trap");
        // Off-screen rather than display:none, which some programs recognise and skip.
        getStyle().set("position", "absolute").set("inset-inline-start", "-10000px")
                .set("inline-size", "1px").set("overflow", "hidden");
        getElement().setAttribute("aria-hidden", "true");
        getElement().appendChild(input);
    }

    /** What a program typed into the trap; empty from a person. */
    public String value() {
        return input.getProperty("value", "");
    }
}
