/**
 * Staff accounts, roles scoped to committees, sign-in (the city's provider; break-glass local with TOTP), the security configuration and
 * the staff area's home and user administration. Publishes nothing; other modules ask
 * {@link se.medverka.shared.security.CurrentStaff} which committees the logged-in person may act for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff")
package se.medverka.staff;
