package se.medverka.budget.ui;

import com.vaadin.flow.component.HasElement;
import se.medverka.budget.BudgetRounds.Round;
import se.medverka.budget.BudgetRounds.RoundText;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.LanguageSelection;

/** A round's title and description in the visitor's language (or the fallback), marked with its language. */
final class RoundWords {

    private RoundWords() {
    }

    static RoundText text(Round round) {
        return round.text(LanguageSelection.current());
    }

    static String title(Round round) {
        return text(round).title();
    }

    /** {@code component} (showing the round's text) with {@code lang} set when the text is in another language than the page. */
    static <T extends HasElement> T marked(T component, Round round) {
        Language shown = round.textLanguage(LanguageSelection.current());
        if (!shown.htmlLang().equals(LanguageSelection.current().htmlLang())) {
            component.getElement().setAttribute("lang", shown.htmlLang());
        }
        return component;
    }
}
