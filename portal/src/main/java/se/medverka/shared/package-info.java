/**
 * What every module stands on: the public and staff layouts, the language (i18n provider, switcher,
 * fallback chains, text direction), the session error handler that tells a person their request
 * failed (above all when the database is briefly unreachable), the check that refuses a production
 * start without its configuration ({@code startup}), the embedded database and mail catcher of the
 * {@code dev} profile ({@code dev}), the resubmission of events a dead node left unfinished, the abuse
 * limits of every public write (counted in PostgreSQL for all nodes, {@code shared.limits}), the bounded Argon2 hashing of staff passwords, the one CSV dialect of every export
 * ({@code shared.csv}), calls made as the system ({@code SystemCall}) and the interface by which a case
 * kind's module offers its cases as public records ({@code shared.records.PublicRecords}).
 * Publishes nothing and listens to nothing; open to all modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.medverka.shared;
