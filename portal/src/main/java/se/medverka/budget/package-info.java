/**
 * Citizen budgets (medborgarbudget): a round with a sum per district (and optionally the whole
 * city), residents propose without an account (each proposal a routing case for the owning
 * committee), staff review and cost, residents vote in secret (e-identification, a pupil's class
 * code or a one-time voting code from a library), the count by a stated rule, and a tracker of
 * what gets built that residents can follow by mail. Proposals are public records through
 * {@code internal.BudgetProposalRecords} ({@link se.medverka.shared.records.PublicRecords}). Publishes {@link se.medverka.budget.BudgetEvents}
 * (ids only); uses routing's {@code Cases} and register, the legal module's privacy notices.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Budget")
package se.medverka.budget;
