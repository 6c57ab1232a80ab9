package se.medverka.staff.internal;

import java.util.Arrays;
import java.util.List;
import org.springframework.core.env.Environment;

/**
 * The city's OpenID Connect provider, from {@code MEDVERKA_OIDC_*} (see docs/identity.md). Present
 * only when an issuer is configured (or the dev profile runs its own provider).
 *
 * @param issuer         the provider's issuer URL (its discovery document is read at start-up)
 * @param groupsClaim    the ID token claim that lists the person's groups
 * @param usernameClaim  the claim that becomes the account's username
 * @param scopes         scopes asked for; {@code openid} alone when the ID token carries every claim
 * @param acrValues      sent as {@code acr_values} to ask for multi-factor; empty sends none
 * @param requiredAmr    the token's {@code amr} must contain one of these (empty: not checked)
 * @param requiredAcr    the token's {@code acr} must be one of these (empty: not checked)
 * @param adminGroup     a group that always gives the administrator role (the first administrator)
 */
public record IdentityProviderSettings(String issuer, String clientId, String clientSecret, String groupsClaim,
                                       String usernameClaim, List<String> scopes, String acrValues,
                                       List<String> requiredAmr, List<String> requiredAcr, String adminGroup) {

    static final String REGISTRATION_ID = "city";

    static IdentityProviderSettings from(Environment env) {
        return new IdentityProviderSettings(
                env.getProperty("medverka.oidc.issuer", ""),
                env.getProperty("medverka.oidc.client-id", ""),
                env.getProperty("medverka.oidc.client-secret", ""),
                env.getProperty("medverka.oidc.groups-claim", "groups"),
                env.getProperty("medverka.oidc.username-claim", "preferred_username"),
                list(env.getProperty("medverka.oidc.scopes", "openid,profile,email")),
                env.getProperty("medverka.oidc.acr-values", ""),
                list(env.getProperty("medverka.oidc.required-amr", "")),
                list(env.getProperty("medverka.oidc.required-acr", "")),
                env.getProperty("medverka.oidc.admin-group", ""));
    }

    static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
