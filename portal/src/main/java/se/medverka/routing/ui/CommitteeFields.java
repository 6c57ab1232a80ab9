package se.medverka.routing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import se.medverka.routing.CommitteeChange;
import se.medverka.routing.CommitteeDetails;
import se.medverka.routing.CommitteeKind;

/** The settings of a committee as form fields, for both changing one and adding one. */
final class CommitteeFields {

    final TextField name = new TextField();
    final Select<CommitteeKind> kind = new Select<>();
    final EmailField mailbox = new EmailField();
    final Checkbox active = new Checkbox();
    final IntegerField acknowledge = new IntegerField();
    final IntegerField answer = new IntegerField();

    CommitteeFields(Component view) {
        name.setLabel(view.getTranslation("routing.register.committee.name.label"));
        kind.setLabel(view.getTranslation("routing.register.committee.kind.label"));
        kind.setItems(CommitteeKind.values());
        kind.setItemLabelGenerator(k -> kindLabel(view, k));
        mailbox.setLabel(view.getTranslation("routing.register.committee.mailbox.label"));
        active.setLabel(view.getTranslation("routing.register.committee.active.label"));
        active.setValue(true);
        acknowledge.setLabel(view.getTranslation("routing.register.committee.acknowledgedays.label"));
        answer.setLabel(view.getTranslation("routing.register.committee.answerdays.label"));
        acknowledge.setHelperText(view.getTranslation("routing.register.committee.days.helper"));
        answer.setHelperText(view.getTranslation("routing.register.committee.days.helper"));
        acknowledge.setValue(2);
        answer.setValue(10);
    }

    static String kindLabel(Component view, CommitteeKind kind) {
        return view.getTranslation(kind.labelKey());
    }

    void show(CommitteeDetails c) {
        name.setValue(c.name());
        kind.setValue(c.kind());
        mailbox.setValue(c.registryMailbox());
        active.setValue(c.active());
        acknowledge.setValue(c.acknowledgeDays());
        answer.setValue(c.answerDays());
    }

    CommitteeChange change() {
        return new CommitteeChange(name.getValue(), kind.getValue(), mailbox.getValue(), active.getValue(),
                days(acknowledge), days(answer));
    }

    List<Component> components() {
        return List.of(name, kind, mailbox, acknowledge, answer, active);
    }

    /** An empty field is 0, which the service refuses with its own message. */
    private static int days(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
