package se.medverka.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import se.medverka.budget.BudgetComments;
import se.medverka.budget.BudgetComments.Comment;
import se.medverka.budget.BudgetException;
import se.medverka.shared.i18n.LanguageSelection;
import se.medverka.shared.ui.ErrorSummary;
import se.medverka.shared.ui.ErrorSummary.FieldError;
import se.medverka.shared.ui.Notices;

/** A proposal's comments and, while they are taken, the form for a new one. */
class ProposalComments extends Div {

    ProposalComments(BudgetComments comments, long proposalId, String proposalTitle, boolean open) {
        addClassName("budget-comments");
        UnorderedList list = new UnorderedList();
        Runnable fill = () -> {
            list.removeAll();
            for (Comment c : comments.comments(proposalId)) {
                ListItem item = c.hiddenReason() == null ? new ListItem(c.body())
                        : new ListItem(getTranslation("budget.comment.hidden.text", c.hiddenReason()));
                if (c.hiddenReason() == null) {
                    item.getElement().setAttribute("lang", c.language());
                }
                list.add(item);
            }
        };
        fill.run();
        add(new Paragraph(getTranslation("budget.comment.list.title")), list);
        if (!open) {
            return;
        }
        TextArea body = new TextArea(getTranslation("budget.comment.body.label", proposalTitle));
        body.setMaxLength(BudgetComments.MAX_TEXT);
        body.setWidthFull();
        ErrorSummary errors = new ErrorSummary("shared.form.errors.title");
        Button send = new Button(getTranslation("budget.comment.form.send.action"), e -> {
            errors.clear();
            try {
                comments.comment(proposalId, body.getValue(), LanguageSelection.current());
                body.clear();
                fill.run();
                Notices.success(getTranslation("budget.comment.form.sent.message"));
            } catch (BudgetException ex) {
                errors.show(List.of(new FieldError(ex.messageKey().startsWith("budget.comment.body.") ? body : null, ex.messageKey())));
            }
        });
        send.setAriaLabel(getTranslation("budget.comment.form.send.aria", proposalTitle));
        add(errors, body, send);
    }
}
