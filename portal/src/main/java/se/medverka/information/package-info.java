/**
 * What residents read: the start page and the information pages about their rights, per
 * language with translation status, and the export/import of texts for translators.
 * Publishes nothing; listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Information")
package se.medverka.information;
