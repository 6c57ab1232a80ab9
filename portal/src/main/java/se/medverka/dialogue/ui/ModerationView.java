package se.medverka.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Consumer;
import se.medverka.dialogue.DialogueException;
import se.medverka.dialogue.Dialogues;
import se.medverka.dialogue.Moderation;
import se.medverka.dialogue.Moderation.Item;
import se.medverka.dialogue.PostStatus;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** The moderation queue across the moderator's committees, loaded lazily page by page. */
@Route(value = "personal/moderering", layout = StaffLayout.class)
@Menu(title = "dialogue.moderation.nav.label", order = 230)
@RolesAllowed({"ADMIN", "MODERATOR"})
public class ModerationView extends VerticalLayout implements TranslatedTitle {

    private final Moderation moderation;
    private final Grid<Item> grid = new Grid<>(Item.class, false);
    private final Paragraph size = new Paragraph();

    public ModerationView(Moderation moderation) {
        this.moderation = moderation;
        grid.addColumn(Item::dialogueTitle).setHeader(getTranslation("dialogue.moderation.grid.dialogue.label"));
        grid.addColumn(i -> getTranslation(i.proposal() ? "dialogue.moderation.kind.proposal.label"
                : "dialogue.moderation.kind.comment.label")).setHeader(getTranslation("dialogue.moderation.grid.kind.label"))
                .setFlexGrow(0).setAutoWidth(true);
        grid.addComponentColumn(this::text).setHeader(getTranslation("dialogue.moderation.grid.text.label")).setFlexGrow(3);
        grid.addColumn(i -> getTranslation(i.status().labelKey())
                        + (i.flags() > 0 ? " · " + getTranslation("dialogue.moderation.grid.flags.text", i.flags(),
                        i.lastFlagReason() == null ? "" : i.lastFlagReason()) : ""))
                .setHeader(getTranslation("dialogue.moderation.grid.status.label")).setFlexGrow(2);
        grid.addColumn(i -> Formats.dateTime(i.createdAt(), getLocale()))
                .setHeader(getTranslation("dialogue.moderation.grid.created.label")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("dialogue.moderation.grid.actions.label"))
                .setFlexGrow(2);
        grid.setAriaLabel(getTranslation("dialogue.moderation.title"));
        grid.setItems(q -> moderation.queue(q.getOffset(), q.getLimit()).stream(), q -> moderation.queueSize());
        grid.setPageSize(50);
        add(new H1(getTranslation("dialogue.moderation.title")), size, grid);
        setSizeFull();
        grid.setMinHeight("30rem");
        refresh();
    }

    private Div text(Item i) {
        Div d = new Div();
        if (i.title() != null) {
            Span t = new Span(i.title());
            t.getStyle().set("font-weight", "700");
            d.add(t, new Div());
        }
        d.add(new Span(i.body()));
        d.getStyle().set("white-space", "normal");
        return d;
    }

    private Div actions(Item i) {
        Div d = new Div();
        if (i.status() != PostStatus.PUBLISHED) {
            d.add(button(i.status() == PostStatus.PENDING ? "dialogue.moderation.approve.action"
                    : "dialogue.moderation.restore.action", i, () -> {
                if (i.status() == PostStatus.PENDING) {
                    moderation.approve(i.id());
                } else {
                    moderation.restore(i.id());
                }
            }));
        } else {
            d.add(button("dialogue.moderation.keep.action", i, () -> moderation.approve(i.id())));
        }
        if (i.status() != PostStatus.HIDDEN) {
            d.add(withText(i, TextDecision.HIDE, reason -> moderation.hide(i.id(), reason)));
        }
        if (i.proposal() && i.status() == PostStatus.PUBLISHED) {
            d.add(withText(i, TextDecision.REPLY, text -> moderation.reply(i.id(), text)));
        }
        d.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.25rem");
        return d;
    }

    private Button button(String key, Item i, Runnable work) {
        Button b = new Button(getTranslation(key), e -> run(work));
        b.getElement().setAttribute("aria-label", getTranslation(key) + ": " + label(i));
        return b;
    }

    /** The decisions that need a text, with their texts' keys. */
    private enum TextDecision {
        HIDE("dialogue.moderation.hide.form.action", "dialogue.moderation.hide.form.title",
                "dialogue.moderation.hide.form.text.label", "dialogue.moderation.hide.form.confirm.action"),
        REPLY("dialogue.moderation.reply.form.action", "dialogue.moderation.reply.form.title",
                "dialogue.moderation.reply.form.text.label", "dialogue.moderation.reply.form.confirm.action");

        final String action;
        final String title;
        final String text;
        final String confirm;

        TextDecision(String action, String title, String text, String confirm) {
            this.action = action;
            this.title = title;
            this.text = text;
            this.confirm = confirm;
        }
    }

    /** A button that opens a dialog asking for a text (the reason to hide, or the answer). */
    private Button withText(Item i, TextDecision keys, Consumer<String> work) {
        Button b = new Button(getTranslation(keys.action));
        b.getElement().setAttribute("aria-label", getTranslation(keys.action) + ": " + label(i));
        b.addClickListener(e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation(keys.title));
            TextArea text = new TextArea(getTranslation(keys.text));
            text.setMaxLength(Dialogues.MAX_TEXT);
            text.setWidthFull();
            Button ok = new Button(getTranslation(keys.confirm), ev -> {
                if (run(() -> work.accept(text.getValue()))) {
                    dialog.close();
                }
            });
            ok.addThemeVariants(ButtonVariant.PRIMARY);
            dialog.add(text);
            dialog.getFooter().add(new Button(getTranslation("dialogue.flag.form.cancel.action"), ev -> dialog.close()), ok);
            dialog.setWidth("min(40rem, 95vw)");
            dialog.open();
            text.focus();
        });
        return b;
    }

    private static String label(Item i) {
        String s = i.title() != null ? i.title() : i.body();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private boolean run(Runnable work) {
        try {
            work.run();
            Notices.success(getTranslation("dialogue.moderation.done.message"));
            refresh();
            return true;
        } catch (DialogueException ex) {
            Notices.error(getTranslation(ex.messageKey()));
            return false;
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        size.setText(getTranslation("dialogue.moderation.size.text", moderation.queueSize()));
    }

    @Override
    public String titleKey() {
        return "dialogue.moderation.title";
    }
}
