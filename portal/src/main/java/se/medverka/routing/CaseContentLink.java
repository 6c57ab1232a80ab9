package se.medverka.routing;

/**
 * Where the content of a case of one kind is read: the submitting module declares it as a bean, so
 * the case view can link to it without routing knowing the modules.
 *
 * @param kind        the kind of case
 * @param routePrefix the staff route the case id is appended to, e.g. {@code personal/klagomal/}
 * @param labelKey    translation key of the link text
 */
public record CaseContentLink(CaseKind kind, String routePrefix, String labelKey) {
}
