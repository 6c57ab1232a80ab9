package se.medverka.notification.internal;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.medverka.council.CouncilEvents.AnswerOverdue;
import se.medverka.council.CouncilEvents.AnswerReceived;
import se.medverka.council.CouncilEvents.ExtensionGranted;
import se.medverka.council.CouncilEvents.MeetingInvitationSent;
import se.medverka.council.CouncilEvents.MemberInvited;
import se.medverka.council.CouncilEvents.ReferralRecipientAdded;
import se.medverka.council.CouncilEvents.SignInLinkRequested;
import se.medverka.council.CouncilMail;
import se.medverka.council.CouncilMail.Addressee;
import se.medverka.council.CouncilMail.ReferralMail;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.PortalI18NProvider;
import se.medverka.shared.security.SystemCall;

/**
 * Mails of the councils and referrals, each in the recipient's language and in the transaction
 * that caused it: invitations with their sign-in link, sign-in links, meeting invitations with an
 * iCalendar file, referrals with the recipient's link, granted extensions, receipts with the case
 * number, and reminders. Personal mails (redacted once sent): the links are credentials.
 */
@Component
class CouncilMailListener {

    private final TranslatedMail mail;
    private final MailOutbox outbox;
    private final PortalI18NProvider i18n;
    private final CouncilMail council;

    CouncilMailListener(TranslatedMail mail, MailOutbox outbox, PortalI18NProvider i18n, CouncilMail council) {
        this.mail = mail;
        this.outbox = outbox;
        this.i18n = i18n;
        this.council = council;
    }

    @EventListener
    void on(MemberInvited event) {
        SystemCall.as("notification", () -> council.memberInvitation(event.memberId())).ifPresent(m -> {
            Language l = language(m.to());
            mail.queuePersonal(m.to().email(), "council_member:" + event.memberId(), l, "mail.council.invited",
                    m.councilName(), i18n.translate(m.role().labelKey(), l), Formats.date(m.mandateFrom(), l.formatLocale()),
                    Formats.date(m.mandateTo(), l.formatLocale()), signInLink(event.token()));
        });
    }

    @EventListener
    void on(SignInLinkRequested event) {
        SystemCall.as("notification", () -> council.person(event.personId())).ifPresent(p ->
                mail.queuePersonal(p.email(), "council_person:" + event.personId(), language(p), "mail.council.signin",
                        signInLink(event.token())));
    }

    @EventListener
    void on(MeetingInvitationSent event) {
        for (CouncilMail.MeetingInvitation m : SystemCall.as("notification", () -> council.meetingInvitations(event.meetingId()))) {
            Language l = language(m.to());
            String where = m.place() == null ? m.link() : m.link() == null ? m.place() : m.place() + ", " + m.link();
            Object[] args = {m.councilName(), Formats.dateTime(m.startsAt(), l.formatLocale()), where, m.agenda(),
                    mail.baseUrl() + "/rad/mina"};
            outbox.queuePersonal(m.to().email(), i18n.translate("mail.council.meeting.subject", l, args),
                    i18n.translate("mail.council.meeting.body", l, args), "council_meeting:" + event.meetingId(),
                    List.of(new MailOutbox.Attachment("sammantrade.ics", "text/calendar; charset=UTF-8; method=PUBLISH", m.ics())));
        }
    }

    @EventListener
    void on(ReferralRecipientAdded event) {
        referral(event.recipientId(), "mail.council.referral", r -> new Object[] {r.title(), r.committeeName(),
                null, answerLink(event.token())});
    }

    @EventListener
    void on(ExtensionGranted event) {
        referral(event.recipientId(), "mail.council.extension", r -> new Object[] {r.title(), r.committeeName(), null});
    }

    @EventListener
    void on(AnswerReceived event) {
        referral(event.recipientId(), "mail.council.receipt", r -> new Object[] {r.title(), r.committeeName(), r.caseNumber()});
    }

    @EventListener
    void on(AnswerOverdue event) {
        referral(event.recipientId(), "mail.council.overdue", r -> new Object[] {r.title(), r.committeeName(), null});
    }

    /** {@code args}' third place is filled with the last day in each recipient's language. */
    private void referral(long recipientId, String key, java.util.function.Function<ReferralMail, Object[]> args) {
        SystemCall.as("notification", () -> council.referral(recipientId)).ifPresent(r -> {
            for (Addressee to : r.to()) {
                Language l = language(to);
                Object[] a = args.apply(r);
                if (a[2] == null) {
                    a[2] = Formats.date(r.deadline(), l.formatLocale());
                }
                mail.queuePersonal(to.email(), "council_referral_recipient:" + recipientId, l, key, a);
            }
        });
    }

    private String signInLink(String token) {
        return mail.baseUrl() + "/rad/logga-in/" + token;
    }

    private String answerLink(String token) {
        return mail.baseUrl() + "/remiss/" + token;
    }

    private static Language language(Addressee a) {
        return Language.fromCode(a.language()).orElse(Language.DEFAULT);
    }
}
