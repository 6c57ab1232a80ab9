package se.medverka.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import se.medverka.shared.i18n.Language;

/**
 * The receipt that staff print on A4 for a resident they helped (assisted submission): on screen a
 * status line, a print button and a link to register another (none of them printed), and the paper
 * itself in the resident's language and direction, which the caller fills.
 */
public final class PaperReceipt {

    private PaperReceipt() {
    }

    /**
     * Replaces what {@code view} shows with the on-screen part and an empty paper section in the
     * resident's language, and returns that section.
     */
    public static <V extends Component & HasComponents> Section show(V view, String doneText, String printText,
                                                                     String againHref, String againText, Language resident) {
        view.removeAll();
        Paragraph done = new Paragraph(doneText);
        done.addClassName("no-print");
        done.getElement().setAttribute("role", "status");
        Button print = new Button(printText, e -> view.getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        Anchor again = new Anchor(againHref, againText);
        again.addClassName("no-print");
        view.add(done, new Div(print), new Paragraph(again));

        Section paper = new Section();
        paper.addClassName("print-receipt");
        paper.getElement().setAttribute("lang", resident.htmlLang());
        paper.getElement().setAttribute("dir", resident.rightToLeft() ? "rtl" : "ltr");
        return paper;
    }
}
