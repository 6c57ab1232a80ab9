/**
 * What every module stands on: the public and staff layouts, the language (i18n provider, switcher,
 * fallback chains, text direction), the session error handler that tells a person their request
 * failed (above all when the database is briefly unreachable), the embedded database and mail
 * catcher for trying the portal, the resubmission of events a dead node left unfinished, per-address
 * rate limits, the bounded Argon2 hashing of staff passwords, the one CSV dialect of every export
 * ({@code shared.csv}) and calls made as the system ({@code SystemCall}).
 * Publishes nothing and listens to nothing; open to all modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.medverka.shared;
