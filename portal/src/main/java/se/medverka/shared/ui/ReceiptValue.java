package se.medverka.shared.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One value a receipt hands back, such as the case number or the PIN: "Ärendenummer: KL-…". The
 * value is an {@code <output>} labelled by the name the person sees, so that a screen reader
 * announces what the characters are and a test finds them by that name.
 */
public class ReceiptValue extends Paragraph {

    /** The HTML element for the result of what the person did. */
    @Tag("output")
    private static final class Output extends HtmlContainer {
    }

    public ReceiptValue(String label, String value, String className) {
        String id = TitledSection.nextId("receipt-value-");
        NativeLabel name = new NativeLabel(label);
        name.setFor(id);
        Output output = new Output();
        output.setId(id);
        output.setText(value);
        output.addClassName(className);
        add(name, new Text(": "), output);
    }
}
