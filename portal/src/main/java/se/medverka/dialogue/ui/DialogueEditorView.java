package se.medverka.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.medverka.dialogue.DialogueAdmin;
import se.medverka.dialogue.DialogueAdmin.Draft;
import se.medverka.dialogue.DialogueAdmin.Editable;
import se.medverka.dialogue.DialogueAdmin.Texts;
import se.medverka.dialogue.DialogueException;
import se.medverka.dialogue.DialogueResults;
import se.medverka.dialogue.DialogueStatus;
import se.medverka.dialogue.ModerationMode;
import se.medverka.dialogue.Reach;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.shared.time.CityTime;
import se.medverka.shared.codes.ActionPlan;
import se.medverka.shared.ui.CodeChoices;
import se.medverka.shared.codes.FocusArea;

/**
 * Creates and edits one dialogue: texts per language (Swedish required), scope, dates, what
 * residents may do, moderation; then publish and close. The questions, the feedback and the results
 * are sections of their own ({@link QuestionsSection}, {@link FeedbackSection},
 * {@link DialogueResultsSection}, {@link DialogueReachSection}).
 */
@Route(value = "personal/dialoger", layout = StaffLayout.class)
@RolesAllowed({"ADMIN", "HANDLER", "MODERATOR"})
public class DialogueEditorView extends VerticalLayout implements HasUrlParameter<String>, TranslatedTitle {

    private static final String NEW = "ny";
    private final DialogueAdmin admin;
    private final DialogueResults results;
    private final Reach reach;
    private final RoutingRegister register;
    private final Clock clock;
    private Long id;
    private Editable loaded;

    private final ComboBox<CommitteeSummary> committee = new ComboBox<>();
    private final Map<String, TextField> titles = new LinkedHashMap<>();
    private final Map<String, TextArea> summaries = new LinkedHashMap<>();
    private final Map<String, TextArea> bodies = new LinkedHashMap<>();
    private final Checkbox wholeCity = new Checkbox();
    private final MultiSelectComboBox<String> districts = new MultiSelectComboBox<>();
    private final CheckboxGroup<String> plans = new CheckboxGroup<>();
    private final CheckboxGroup<String> areas = new CheckboxGroup<>();
    private final DatePicker opens = new DatePicker();
    private final DatePicker closes = new DatePicker();
    private static final Map<String, String> PERMISSION_LABELS = Map.of(
            "answers", "dialogue.editor.permissions.answers.label",
            "proposals", "dialogue.editor.permissions.proposals.label",
            "comments", "dialogue.editor.permissions.comments.label");
    private final CheckboxGroup<String> permissions = new CheckboxGroup<>();
    private final RadioButtonGroup<ModerationMode> moderation = new RadioButtonGroup<>();
    private final IntegerField threshold = new IntegerField();

    public DialogueEditorView(DialogueAdmin admin, DialogueResults results, Reach reach, RoutingRegister register, Clock clock) {
        this.admin = admin;
        this.reach = reach;
        this.results = results;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (NEW.equals(parameter)) {
            id = null;
            loaded = null;
        } else {
            try {
                id = Long.parseLong(parameter);
            } catch (NumberFormatException e) {
                throw new NotFoundException();
            }
            loaded = admin.load(id).orElseThrow(NotFoundException::new);
        }
        build();
    }

    private void build() {
        removeAll();
        titles.clear();
        summaries.clear();
        bodies.clear();
        add(new Anchor("personal/dialoger", getTranslation("dialogue.editor.back.action")));
        add(new H1(getTranslation(id == null ? "dialogue.editor.new.title" : "dialogue.editor.title")));
        if (loaded != null) {
            add(new Paragraph(getTranslation("dialogue.editor.status.text",
                    getTranslation(loaded.status().labelKey()))));
            add(new Paragraph(new Anchor("personal/samrad/" + id, getTranslation("dialogue.samrad.nav.label"))));
            add(statusActions());
        }
        add(dialogueForm());
        if (loaded != null) {
            add(new QuestionsSection(admin, id, loaded, this::reload));
            if (loaded.status() == DialogueStatus.CLOSED || loaded.status() == DialogueStatus.FEEDBACK_GIVEN) {
                add(new FeedbackSection(admin, id, loaded, this::reload));
            }
            if (loaded.status() != DialogueStatus.DRAFT) {
                add(new DialogueResultsSection(results, id));
                add(new DialogueReachSection(reach, id, register.districtNames()));
            }
        }
    }

    private Section dialogueForm() {
        Section form = new Section(new H2(getTranslation("dialogue.editor.form.title")));
        form.addClassName("dialogue-editor-form");
        committee.setLabel(getTranslation("dialogue.editor.committee.label"));
        committee.setItems(admin.committees());
        committee.setItemLabelGenerator(CommitteeSummary::name);
        committee.setRequired(true);
        form.add(committee);
        for (Language l : Language.values()) {
            String code = l.code();
            TextField title = new TextField(getTranslation("dialogue.editor.texts.title.label", l.nativeName()));
            TextArea summary = new TextArea(getTranslation("dialogue.editor.texts.summary.label", l.nativeName()));
            TextArea body = new TextArea(getTranslation("dialogue.editor.texts.body.label", l.nativeName()));
            for (var f : List.of(title, summary, body)) {
                f.setWidthFull();
            }
            titles.put(code, title);
            summaries.put(code, summary);
            bodies.put(code, body);
            Details details = new Details(getTranslation(l == Language.SV ? "dialogue.editor.texts.required.label"
                    : "dialogue.editor.texts.optional.label", l.nativeName()), new Div(title, summary, body));
            details.setOpened(l == Language.SV);
            details.setWidthFull();
            form.add(details);
        }
        Map<String, String> districtNames = register.districtNames();
        wholeCity.setLabel(getTranslation("dialogue.editor.wholecity.label"));
        districts.setLabel(getTranslation("dialogue.editor.districts.label"));
        districts.setItems(districtNames.keySet());
        districts.setItemLabelGenerator(districtNames::get);
        wholeCity.addValueChangeListener(e -> districts.setEnabled(!e.getValue()));
        plans.setLabel(getTranslation("dialogue.editor.actionplans.label"));
        CodeChoices.offer(plans, ActionPlan.class);
        areas.setLabel(getTranslation("dialogue.editor.focusareas.label"));
        CodeChoices.offer(areas, FocusArea.class);
        opens.setLabel(getTranslation("dialogue.editor.opens.label"));
        closes.setLabel(getTranslation("dialogue.editor.closes.label"));
        permissions.setLabel(getTranslation("dialogue.editor.permissions.label"));
        permissions.setItems("answers", "proposals", "comments");
        permissions.setItemLabelGenerator(p -> getTranslation(PERMISSION_LABELS.get(p)));
        moderation.setLabel(getTranslation("dialogue.editor.moderation.label"));
        moderation.setItems(ModerationMode.values());
        moderation.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        threshold.setLabel(getTranslation("dialogue.editor.threshold.label"));
        threshold.setHelperText(getTranslation("dialogue.editor.threshold.helper"));
        threshold.setMin(1);
        threshold.setMax(100);
        Button save = new Button(getTranslation("dialogue.editor.save.action"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        form.add(wholeCity, districts, plans, areas, opens, closes, permissions, moderation, threshold, save);
        fill();
        return form;
    }

    private void fill() {
        if (loaded == null) {
            List<CommitteeSummary> mine = admin.committees();
            if (mine.size() == 1) {
                committee.setValue(mine.getFirst());
            }
            wholeCity.setValue(true);
            LocalDate today = CityTime.today(clock);
            opens.setValue(today);
            closes.setValue(today.plusWeeks(4));
            permissions.setValue(Set.of("answers", "proposals", "comments"));
            moderation.setValue(ModerationMode.POST);
            threshold.setValue(3);
            return;
        }
        Draft d = loaded.draft();
        register.committee(d.committeeId()).ifPresent(committee::setValue);
        d.texts().forEach((lang, t) -> {
            if (titles.containsKey(lang)) {
                titles.get(lang).setValue(t.title());
                summaries.get(lang).setValue(t.summary());
                bodies.get(lang).setValue(t.body());
            }
        });
        wholeCity.setValue(d.districts().isEmpty());
        districts.setValue(d.districts());
        plans.setValue(d.actionPlans());
        areas.setValue(d.focusAreas());
        opens.setValue(d.opensOn());
        closes.setValue(d.closesOn());
        Map<String, Boolean> may = Map.of("answers", d.allowAnswers(), "proposals", d.allowProposals(),
                "comments", d.allowComments());
        permissions.setValue(may.keySet().stream().filter(may::get).collect(Collectors.toSet()));
        moderation.setValue(d.moderation());
        threshold.setValue(d.flagThreshold());
    }

    private void save() {
        if (committee.isEmpty()) {
            Notices.error(getTranslation("dialogue.editor.committee.error.required"));
            return;
        }
        Map<String, Texts> texts = new LinkedHashMap<>();
        titles.forEach((lang, t) -> {
            Texts x = new Texts(t.getValue(), summaries.get(lang).getValue(), bodies.get(lang).getValue());
            if (!x.title().isBlank() || !x.summary().isBlank() || !x.body().isBlank()) {
                texts.put(lang, x);
            }
        });
        Set<String> allowed = permissions.getValue();
        Draft draft = new Draft(committee.getValue().id(), texts,
                wholeCity.getValue() ? Set.of() : new LinkedHashSet<>(districts.getValue()),
                new LinkedHashSet<>(plans.getValue()), new LinkedHashSet<>(areas.getValue()), opens.getValue(),
                closes.getValue(), allowed.contains("answers"), allowed.contains("proposals"), allowed.contains("comments"),
                moderation.getValue(), threshold.getValue() == null ? 0 : threshold.getValue());
        try {
            if (id == null) {
                long created = admin.create(draft);
                Notices.success(getTranslation("dialogue.editor.saved.message"));
                getUI().ifPresent(ui -> ui.navigate(DialogueEditorView.class, String.valueOf(created)));
            } else {
                admin.update(id, draft);
                Notices.success(getTranslation("dialogue.editor.saved.message"));
                reload();
            }
        } catch (DialogueException ex) {
            Notices.error(getTranslation(ex.messageKey()));
        }
    }

    private void reload() {
        loaded = admin.load(id).orElseThrow(NotFoundException::new);
        build();
    }

    private Div statusActions() {
        Div actions = new Div();
        actions.addClassName("dialogue-status-actions");
        if (loaded.status() == DialogueStatus.DRAFT) {
            actions.add(action("dialogue.editor.publish.action", () -> admin.publish(id)));
        } else if (loaded.status() == DialogueStatus.PUBLISHED) {
            actions.add(action("dialogue.editor.close.action", () -> admin.close(id)));
        }
        if (loaded.status() != DialogueStatus.DRAFT) {
            actions.add(new Anchor("dialog/" + id, getTranslation("dialogue.editor.public.action")));
        }
        return actions;
    }

    private Button action(String key, Runnable work) {
        Button b = new Button(getTranslation(key), e -> EditorActions.run(this, work, "dialogue.editor.saved.message", this::reload));
        b.addThemeVariants(ButtonVariant.PRIMARY);
        return b;
    }

    @Override
    public String titleKey() {
        return "dialogue.editor.title";
    }
}
