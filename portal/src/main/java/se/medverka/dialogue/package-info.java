/**
 * Citizen dialogues (medborgardialog): staff publish a dialogue with questions, residents answer,
 * propose, comment, support and report posts without an account; moderators decide, and the
 * committee publishes its feedback. Publishes {@link se.medverka.dialogue.DialogueEvents} (ids only);
 * opens a routing case for every proposal through {@code routing.Cases}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dialogue")
package se.medverka.dialogue;
