package se.medverka.shared.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every public write that is limited, with its default rates: "how many / in what time", several
 * rates at once (a burst and a longer ceiling), each a token bucket that refills evenly. Override one
 * with {@code medverka.limits.<name>=30/PT10M 150/P1D}. Why each number: docs/limits.md.
 */
public enum Limit {

    /** Complaints per connection: a class of 30 may send at once, a script not all day. */
    COMPLAINT("complaint", "30/PT10M 150/P1D", Reason.CONNECTION),
    /** Case code and PIN checks per connection (wrong ones; right ones are given back). */
    COMPLAINT_CODE("complaint-code", "30/PT1H", Reason.TRIES),
    /** Case code and PIN checks per case and connection (wrong ones). */
    COMPLAINT_CODE_CASE("complaint-code-case", "10/PT1H", Reason.TRIES),
    /** Class codes typed per connection (wrong ones; right ones are given back). */
    CLASS_CODE("class-code", "30/PT1H", Reason.TRIES),
    /** Children's answers per connection (a class code also admits only its class's number). */
    CHILD_ANSWER("child-answer", "60/PT10M 600/P1D", Reason.CONNECTION),
    /** Answers to a dialogue's questions per connection. */
    DIALOGUE_ANSWER("dialogue-answer", "60/PT10M 600/P1D", Reason.CONNECTION),
    /** Proposals per connection. */
    PROPOSAL("proposal", "20/PT10M 100/P1D", Reason.CONNECTION),
    /** Comments per connection. */
    COMMENT("comment", "30/PT10M 300/P1D", Reason.CONNECTION),
    /** "I agree" per connection (and once per browser session). */
    SUPPORT("support", "60/PT10M 300/P1D", Reason.CONNECTION),
    /** Reports of a post per connection (and once per browser session and post). */
    REPORT("report", "20/PT1H 60/P1D", Reason.CONNECTION),
    /** Confirmation and receipt mails per recipient e-mail address. */
    CONFIRMATION_MAIL("confirmation-mail", "10/P1D", Reason.MAIL),
    /** "Who do we reach?" answers per connection (one set after each answer or proposal). */
    REACH("reach", "60/PT10M 600/P1D", Reason.CONNECTION),
    /** Reports of an accessibility problem per connection: a library's public computers share one. */
    ACCESSIBILITY_REPORT("accessibility-report", "20/PT10M 100/P1D", Reason.CONNECTION),
    /** Requests for a council member's sign-in link per connection. */
    COUNCIL_SIGN_IN("council-sign-in", "10/PT10M 50/P1D", Reason.CONNECTION),
    /** Referral answers and requests for more time per connection (the link is the credential). */
    REFERRAL_ANSWER("referral-answer", "20/PT10M 100/P1D", Reason.CONNECTION),
    /** Local staff sign-in tries (wrong passwords and codes) per connection, whatever the account. */
    STAFF_SIGN_IN("staff-sign-in", "30/PT15M 200/P1D", Reason.TRIES),
    /**
     * Local staff sign-in tries per account and connection: never a hard lock of the account, so the
     * real administrator elsewhere still signs in; from one connection 5 tries, then one every three
     * minutes, at most 20 a day.
     */
    STAFF_SIGN_IN_ACCOUNT("staff-sign-in-account", "5/PT15M 20/P1D", Reason.TRIES),
    /** Budget ballots per connection: a class votes from one school network, a script not all day. */
    BALLOT("ballot", "60/PT10M 600/P1D", Reason.CONNECTION),
    /** Budget class codes and one-time voting codes typed per connection (wrong ones; right ones are given back). */
    VOTING_CODE("voting-code", "30/PT1H", Reason.TRIES);

    /** What the person is told; the message key is {@code shared.limit.<reason>.message}. */
    public enum Reason {
        CONNECTION("shared.limit.connection.message"),
        TRIES("shared.limit.tries.message"),
        MAIL("shared.limit.mail.message");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** One rate: at most {@code count} in {@code period}, refilled evenly over the period. */
    public record Rate(long count, Duration period) {
        public Rate {
            if (count < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A rate needs a positive count and period");
            }
        }

        @Override
        public String toString() {
            return count + "/" + period;
        }
    }

    private final String property;
    private final String defaults;
    private final Reason reason;

    Limit(String property, String defaults, Reason reason) {
        this.property = property;
        this.defaults = defaults;
        this.reason = reason;
    }

    /** The name in {@code medverka.limits.<name>}. */
    public String property() {
        return property;
    }

    public String defaults() {
        return defaults;
    }

    public Reason reason() {
        return reason;
    }

    /** Reads "30/PT10M 150/P1D" (separated by spaces or commas). */
    public static List<Rate> parse(String spec) {
        List<Rate> rates = new ArrayList<>();
        for (String part : spec.strip().split("[\\s,]+")) {
            String[] p = part.split("/", 2);
            if (p.length != 2) {
                throw new IllegalArgumentException("Not a rate (count/ISO-8601 duration): " + part);
            }
            rates.add(new Rate(Long.parseLong(p[0].strip()), Duration.parse(p[1].strip())));
        }
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("No rate in " + spec);
        }
        return List.copyOf(rates);
    }
}
