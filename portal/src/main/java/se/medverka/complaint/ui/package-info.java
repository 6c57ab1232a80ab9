/**
 * The module's views. Exposed as the named interface {@code views} only so that the application
 * shell ({@code se.medverka.PortalApplication}) can name the public pages in
 * {@code @LoadDependenciesOnStartup} (their components in the first client bundle, docs/weight.md);
 * other modules do not use views of this one.
 */
@org.springframework.modulith.NamedInterface("views")
package se.medverka.complaint.ui;
