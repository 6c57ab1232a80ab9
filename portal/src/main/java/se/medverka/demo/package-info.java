/**
 * Demonstration content for the {@code dev} profile only (as Decidim's seeds): fills an empty
 * database with dialogues, a children's consultation, complaints and cases in every state, and staff
 * accounts, all through the modules' public services. Publishes nothing, listens to nothing; no
 * module depends on it, and without the profile none of it exists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo content")
package se.medverka.demo;
