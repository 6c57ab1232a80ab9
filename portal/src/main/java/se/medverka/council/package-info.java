/**
 * Councils (råd) and referrals (remisser), issue 15: the city's advisory councils with members from
 * outside the city (invited by mail, signed in by one-time links, never with a password the city
 * keeps), their meetings with a numbered agenda, PDF documents and minutes approved (justerade) in
 * the portal by the chair and named approvers before they are public; and referrals that a
 * committee sends to councils, committees and organisations, with extensions, answers that become
 * cases of the sending committee ({@code routing.Cases}, kind {@code REFERRAL_ANSWER}), reminders
 * and publication; answers are public records through {@code internal.ReferralAnswerRecords}
 * ({@link se.medverka.shared.records.PublicRecords}). Publishes {@link se.medverka.council.CouncilEvents} (ids and one-time links);
 * notification turns them into mails, asking {@link se.medverka.council.CouncilMail} for addresses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Council")
package se.medverka.council;
