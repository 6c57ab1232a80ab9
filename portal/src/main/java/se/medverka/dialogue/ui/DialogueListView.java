package se.medverka.dialogue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.medverka.dialogue.Dialogues;
import se.medverka.dialogue.Dialogues.Card;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.LanguageSelection;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.shared.codes.ActionPlan;
import se.medverka.shared.codes.Coded;

/** Residents' list of open and closed dialogues, filterable by district and action plan. */
@Route(value = "dialog", layout = PublicLayout.class)
@AnonymousAllowed
public class DialogueListView extends Div implements TranslatedTitle {

    private static final String ALL = "";
    private final Dialogues dialogues;
    private final Div list = new Div();
    private final Select<String> district = new Select<>();
    private final Select<String> plan = new Select<>();

    public DialogueListView(Dialogues dialogues, RoutingRegister register) {
        this.dialogues = dialogues;
        addClassName("dialogue-list-view");
        Map<String, String> districts = register.districtNames();
        List<String> districtCodes = new ArrayList<>(List.of(ALL));
        districtCodes.addAll(districts.keySet());
        district.setLabel(getTranslation("dialogue.list.district.label"));
        district.setItems(districtCodes);
        district.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("dialogue.list.filter.all.label") : districts.get(c));
        district.setValue(ALL);
        List<String> plans = new ArrayList<>(List.of(ALL));
        plans.addAll(Coded.codes(ActionPlan.class));
        plan.setLabel(getTranslation("dialogue.list.actionplan.label"));
        plan.setItems(plans);
        plan.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("dialogue.list.filter.all.label")
                : getTranslation(Coded.labelKey(ActionPlan.class, c)));
        plan.setValue(ALL);
        district.addValueChangeListener(e -> refresh());
        plan.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(district, plan);
        filters.addClassName("dialogue-filters");
        filters.getStyle().set("gap", "1rem").set("flex-wrap", "wrap");
        list.addClassName("dialogue-cards");
        list.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("dialogue.list.title")), new Paragraph(getTranslation("dialogue.list.intro.text")),
                filters, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Card> cards = dialogues.list(LanguageSelection.current(UI.getCurrent()), district.getValue(), plan.getValue());
        if (cards.isEmpty()) {
            list.add(new Paragraph(getTranslation("dialogue.list.empty.text")));
        }
        for (Card c : cards) {
            Section card = new Section();
            card.addClassName("dialogue-card");
            Anchor link = new Anchor("dialog/" + c.id(), c.title());
            H2 heading = new H2(link);
            Span status = new Span(getTranslation(c.open() ? "dialogue.status.open.label" : c.status().labelKey()));
            status.addClassName("dialogue-status");
            Paragraph dates = new Paragraph(getTranslation("dialogue.page.dates.text",
                    Formats.date(c.opensOn(), getLocale()), Formats.date(c.closesOn(), getLocale())));
            Paragraph summary = new Paragraph(c.summary());
            if (!c.translated()) {
                heading.getElement().setAttribute("lang", "sv");
                summary.getElement().setAttribute("lang", "sv");
                card.add(heading, status, dates, summary, new Paragraph(getTranslation("dialogue.page.fallback.text")));
            } else {
                card.add(heading, status, dates, summary);
            }
            list.add(card);
        }
    }

    @Override
    public String titleKey() {
        return "dialogue.list.title";
    }
}
