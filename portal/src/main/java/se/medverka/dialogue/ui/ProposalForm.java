package se.medverka.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.medverka.dialogue.DialogueException;
import se.medverka.dialogue.Dialogues;
import se.medverka.dialogue.DialogueProposals;
import se.medverka.dialogue.DialogueProposals.Receipt;
import se.medverka.dialogue.Dialogues.Page;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.ErrorSummary;
import se.medverka.shared.ui.ErrorSummary.FieldError;
import se.medverka.shared.ui.Notices;
import java.util.List;

/** A resident's proposal: title, text and an optional address; the receipt names the case. */
class ProposalForm extends Div {

    ProposalForm(DialogueProposals proposing, Page page, Language language, Runnable reload,
                 com.vaadin.flow.component.Component privacyNotice, java.util.function.Supplier<ReachForm> reachForm) {
        Div form = this;
        form.add(new H3(getTranslation("dialogue.proposal.form.title")));
        form.addClassName("dialogue-proposal-form");
        TextField title = new TextField(getTranslation("dialogue.proposal.title.label"));
        title.setMaxLength(Dialogues.MAX_TITLE);
        title.setWidthFull();
        TextArea body = new TextArea(getTranslation("dialogue.proposal.body.label"));
        body.setMaxLength(Dialogues.MAX_TEXT);
        body.setWidthFull();
        EmailField email = AnswerForm.emailField(this);
        Button send = new Button(getTranslation("dialogue.proposal.form.send.action"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        Paragraph receipt = new Paragraph();
        receipt.getElement().setAttribute("role", "status");
        ErrorSummary errors = new ErrorSummary("shared.form.errors.title");
        send.addClickListener(e -> {
            errors.clear();
            try {
                Receipt r = proposing.propose(page.id(), title.getValue(), body.getValue(), email.getValue(), language);
                title.clear();
                body.clear();
                email.clear();
                String text = getTranslation(r.pending() ? "dialogue.proposal.form.pending.message"
                        : "dialogue.proposal.form.sent.message", r.caseNumber());
                receipt.setText(text);
                Notices.success(text);
                if (form.getChildren().noneMatch(ReachForm.class::isInstance)) {
                    form.add(reachForm.get());
                }
                reload.run();
            } catch (DialogueException ex) {
                errors.show(List.of(new FieldError(null, ex.messageKey())));
            }
        });
        form.add(errors, title, body, email, privacyNotice, send, receipt);
    }
}
