package se.medverka.notification.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.medverka.budget.BudgetEvents.FollowerAdded;
import se.medverka.budget.BudgetEvents.ProjectUpdated;
import se.medverka.budget.BudgetEvents.RoundFollowerAdded;
import se.medverka.budget.BudgetTracker;

/**
 * Mails followers of a citizen-budget project: the confirmation link (double opt-in), then every
 * update, each with the link that stops the mails. Runs in the budget module's transaction, so a
 * mail is queued if and only if its cause is stored.
 */
@Component
class BudgetMailListener {

    private final TranslatedMail mail;
    private final BudgetTracker tracker;

    BudgetMailListener(TranslatedMail mail, BudgetTracker tracker) {
        this.mail = mail;
        this.tracker = tracker;
    }

    @EventListener
    void on(FollowerAdded event) {
        tracker.confirmationMail(event.followerId(), mail.baseUrl()).ifPresent(m ->
                mail.queuePersonal(m.email(), null, m.language(), "mail.budget.follow", m.projectTitle(), m.link(), m.stopLink()));
    }

    @EventListener
    void on(RoundFollowerAdded event) {
        tracker.roundFollowerMail(event.roundFollowerId(), mail.baseUrl()).ifPresent(m ->
                mail.queuePersonal(m.email(), null, m.language(), "mail.budget.autofollow", m.projectTitle(), m.link(), m.stopLink()));
    }

    @EventListener
    void on(ProjectUpdated event) {
        tracker.updateMails(event.updateId(), mail.baseUrl()).forEach(m ->
                mail.queuePersonal(m.email(), null, m.language(), "mail.budget.update", m.projectTitle(), m.link(), m.stopLink(), m.text()));
    }
}
