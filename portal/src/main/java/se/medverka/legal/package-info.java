/**
 * What the law requires of the portal (issue 17): the accessibility statement (lag 2018:1937, after
 * DIGG's model) whose variable parts staff edit, the page on personal data and cookies, the form for
 * reporting an accessibility problem (a case of its own kind in routing's triage queue, answered by
 * mail), and the privacy notices' facts (controller, retention, data protection officer).
 * Uses the information module's pages for the statement's translated known gaps; publishes
 * {@link se.medverka.legal.LegalEvents} (ids only).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal")
package se.medverka.legal;
