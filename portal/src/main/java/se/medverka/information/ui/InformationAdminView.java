package se.medverka.information.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.medverka.information.InformationException;
import se.medverka.information.InformationPages;
import se.medverka.information.InformationPages.PageOverview;
import se.medverka.information.TranslationStatus;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * Administrators create information pages and write them per language in Markdown, with a preview
 * of exactly what readers will see (sanitised) and a translation status per language.
 */
@Route(value = "personal/information", layout = StaffLayout.class)
@Menu(title = "information.admin.nav.label", order = 500)
@RolesAllowed("ADMIN")
public class InformationAdminView extends VerticalLayout implements TranslatedTitle {

    private final InformationPages pages;
    private final Grid<PageOverview> grid = new Grid<>();
    private final Select<String> page = new Select<>();
    private final Select<Language> language = new Select<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Select<TranslationStatus> status = new Select<>();
    private final Div preview = new Div();

    public InformationAdminView(InformationPages pages) {
        this.pages = pages;
        addClassName("information-admin");
        add(new H1(getTranslation("information.admin.title")));

        grid.addColumn(PageOverview::swedishTitle).setHeader(getTranslation("information.admin.grid.title.label")).setFlexGrow(2);
        grid.addColumn(PageOverview::slug).setHeader(getTranslation("information.admin.grid.slug.label"));
        grid.addColumn(this::describe).setHeader(getTranslation("information.admin.grid.status.label")).setFlexGrow(4);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("information.admin.grid.label"));
        add(grid);

        add(new H2(getTranslation("information.admin.create.title")));
        TextField slug = new TextField(getTranslation("information.admin.slug.label"));
        slug.setHelperText(getTranslation("information.admin.slug.helper"));
        Button create = new Button(getTranslation("information.admin.create.action"), e -> {
            try {
                pages.create(slug.getValue());
                Notices.success(getTranslation("information.admin.created.message"));
                refresh();
                page.setValue(slug.getValue().strip());
                slug.clear();
            } catch (InformationException ex) {
                showProblems(ex);
            }
        });
        add(new FormLayout(slug, create));

        add(new H2(getTranslation("information.admin.edit.title")));
        page.setLabel(getTranslation("information.admin.page.label"));
        language.setLabel(getTranslation("information.admin.language.label"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.SV);
        title.setLabel(getTranslation("information.admin.title.label"));
        title.setMaxLength(200);
        body.setLabel(getTranslation("information.admin.body.label"));
        body.setHelperText(getTranslation("information.admin.body.helper"));
        body.setMinRows(12);
        body.setWidthFull();
        status.setLabel(getTranslation("information.admin.status.label"));
        status.setItems(TranslationStatus.DRAFT, TranslationStatus.REVIEWED);
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        page.addValueChangeListener(e -> load());
        language.addValueChangeListener(e -> load());

        Button show = new Button(getTranslation("information.admin.preview.action"), e -> showPreview());
        Button save = new Button(getTranslation("information.admin.save.action"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout editor = new FormLayout(page, language, title, status);
        preview.addClassName("information-preview");
        preview.getElement().setAttribute("aria-label", getTranslation("information.admin.preview.label"));
        preview.getElement().setAttribute("role", "region");
        add(editor, body, new HorizontalLayout(show, save), preview);
        refresh();
    }

    private void refresh() {
        List<PageOverview> all = pages.overview();
        grid.setItems(all);
        String chosen = page.getValue();
        page.setItems(all.stream().map(PageOverview::slug).toList());
        if (chosen != null && all.stream().anyMatch(p -> p.slug().equals(chosen))) {
            page.setValue(chosen);
        }
    }

    private String describe(PageOverview overview) {
        List<String> parts = new ArrayList<>();
        for (TranslationStatus s : TranslationStatus.values()) {
            String codes = overview.statuses().entrySet().stream().filter(e -> e.getValue() == s)
                    .map(e -> e.getKey().nativeName()).collect(Collectors.joining(", "));
            if (!codes.isEmpty()) {
                parts.add(getTranslation(s.labelKey()) + ": " + codes);
            }
        }
        return String.join(" · ", parts);
    }

    private void load() {
        Language l = language.getValue();
        // The editor follows the direction of the language being written, e.g. Yiddish right to left.
        String dir = l != null && l.rightToLeft() ? "rtl" : "ltr";
        title.getElement().setAttribute("dir", dir);
        body.getElement().setAttribute("dir", dir);
        preview.getElement().setAttribute("dir", dir);
        if (page.getValue() == null || l == null) {
            return;
        }
        var draft = pages.draft(page.getValue(), l);
        title.setValue(draft.map(InformationPages.PageDraft::title).orElse(""));
        body.setValue(draft.map(InformationPages.PageDraft::markdown).orElse(""));
        status.setValue(draft.map(InformationPages.PageDraft::status).orElse(TranslationStatus.DRAFT));
        preview.removeAll();
    }

    private void showPreview() {
        preview.removeAll();
        preview.add(new Html("<div class=\"information-body\">" + pages.preview(body.getValue()) + "</div>"));
    }

    private void save() {
        if (page.getValue() == null || language.getValue() == null) {
            Notices.error(getTranslation("information.admin.page.error.required"));
            return;
        }
        try {
            pages.save(page.getValue(), language.getValue(), title.getValue(), body.getValue(), status.getValue());
            Notices.success(getTranslation("information.admin.saved.message"));
            refresh();
            showPreview();
        } catch (InformationException ex) {
            showProblems(ex);
        }
    }

    private void showProblems(InformationException ex) {
        Notices.error(ex.problems().stream()
                .map(p -> getTranslation(p.messageKey(), p.params().toArray()))
                .collect(Collectors.joining(" ")));
    }

    @Override
    public String titleKey() {
        return "information.admin.title";
    }
}
