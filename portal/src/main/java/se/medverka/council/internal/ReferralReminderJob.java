package se.medverka.council.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.council.ReferralAnswers;
import se.medverka.shared.security.SystemCall;

/**
 * Reminds referral recipients whose last day has passed without an answer: one mail per last day
 * (a granted extension allows one more), in batches, each batch in a transaction of its own.
 */
@Component
public class ReferralReminderJob {

    private static final int BATCH = 100;

    private final ReferralAnswers referrals;
    private final TransactionTemplate transactions;

    ReferralReminderJob(ReferralAnswers referrals, TransactionTemplate transactions) {
        this.referrals = referrals;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${medverka.council.reminder-interval:PT15M}",
               initialDelayString = "${medverka.council.reminder-interval:PT15M}")
    public void scheduled() {
        remindDue();
    }

    /** Runs the reminders now; returns how many recipients were reminded. */
    public int remindDue() {
        int total = 0;
        while (true) {
            Integer n = SystemCall.as("referral-reminders", () -> transactions.execute(s -> referrals.remindOverdue(BATCH)));
            total += n;
            if (n < BATCH) {
                return total;
            }
        }
    }
}
