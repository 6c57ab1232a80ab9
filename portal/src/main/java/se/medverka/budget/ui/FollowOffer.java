package se.medverka.budget.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Optional;
import se.medverka.budget.BudgetTracker;

/**
 * The optional address offered to proposers (on the proposal form) and voters (after the ballot) to
 * follow what wins by mail. Why it is asked, what it is used for, that it is never linked to the
 * vote, the confirmation link and the stop link are said in the field's helper text, where the
 * address is collected.
 */
class FollowOffer extends Div {

    final EmailField email;

    FollowOffer(String whyKey) {
        email = new EmailField(getTranslation("budget.autofollow.email.label"));
        email.setHelperText(getTranslation(whyKey));
        email.setWidthFull();
        email.setMaxLength(254);
        add(email);
    }

    /** The address if one was typed (checked: a wrong one is the translated refusal), else empty. */
    Optional<String> address() {
        String typed = email.getValue();
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(BudgetTracker.checkedEmail(typed));
    }
}
