package se.medverka.staff.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.medverka.shared.startup.StartupRequirement;

/**
 * The other way to meet "an administrator": staff sign in through the city's identity provider, and
 * its administrators' group ({@code MEDVERKA_OIDC_ADMIN_GROUP}) makes the first administrators. An
 * alternative to {@link AdministratorRequirement} (same need), so production starts with either.
 */
@Component
class ProviderRequirement implements StartupRequirement {

    @Override
    public String need() {
        return AdministratorRequirement.NEED;
    }

    @Override
    public boolean isMet(Environment environment) {
        return StartupRequirement.isSet(environment, "medverka.oidc.issuer")
                && StartupRequirement.isSet(environment, "medverka.oidc.client-id")
                && StartupRequirement.isSet(environment, "medverka.oidc.client-secret")
                && StartupRequirement.isSet(environment, "medverka.oidc.admin-group");
    }

    @Override
    public String howTo() {
        return "configure the city's identity provider: MEDVERKA_OIDC_ISSUER, MEDVERKA_OIDC_CLIENT_ID, "
                + "MEDVERKA_OIDC_CLIENT_SECRET and MEDVERKA_OIDC_ADMIN_GROUP (see docs/identity.md)";
    }
}
