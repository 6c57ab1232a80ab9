package se.medverka.budget.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;
import se.medverka.budget.BudgetRounds;
import se.medverka.budget.BudgetRounds.RoundText;
import se.medverka.shared.i18n.Language;

/**
 * The round editor's description (Swedish) and the title and description in every other language
 * of the portal, folded away; a language left empty shows the Swedish text (or its fallback's).
 */
class RoundTextFields extends Div {

    final TextArea description;
    private final Map<Language, TextField> titles = new EnumMap<>(Language.class);
    private final Map<Language, TextArea> descriptions = new EnumMap<>(Language.class);

    RoundTextFields() {
        description = new TextArea(getTranslation("budget.editor.description.label"));
        description.setMaxLength(BudgetRounds.MAX_DESCRIPTION);
        description.setWidthFull();
        Div fields = new Div(new Paragraph(getTranslation("budget.editor.translations.text")));
        for (Language l : Language.values()) {
            if (l == Language.SV) {
                continue;
            }
            TextField title = new TextField(getTranslation("budget.editor.translation.title.label", l.nativeName()));
            title.setMaxLength(BudgetRounds.MAX_TITLE);
            title.setWidthFull();
            title.getElement().setAttribute("lang", l.htmlLang());
            TextArea text = new TextArea(getTranslation("budget.editor.translation.description.label", l.nativeName()));
            text.setMaxLength(BudgetRounds.MAX_DESCRIPTION);
            text.setWidthFull();
            text.getElement().setAttribute("lang", l.htmlLang());
            titles.put(l, title);
            descriptions.put(l, text);
            fields.add(title, text);
        }
        add(description, new Details(getTranslation("budget.editor.translations.title"), fields));
    }

    void set(String swedishDescription, Map<Language, RoundText> translations) {
        description.setValue(swedishDescription == null ? "" : swedishDescription);
        translations.forEach((l, t) -> {
            if (titles.containsKey(l)) {
                titles.get(l).setValue(t.title());
                descriptions.get(l).setValue(t.description());
            }
        });
    }

    Map<Language, RoundText> translations() {
        Map<Language, RoundText> out = new EnumMap<>(Language.class);
        titles.forEach((l, title) -> {
            if (!title.getValue().isBlank() || !descriptions.get(l).getValue().isBlank()) {
                out.put(l, new RoundText(title.getValue(), descriptions.get(l).getValue()));
            }
        });
        return out;
    }
}
