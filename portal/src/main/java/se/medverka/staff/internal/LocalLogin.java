package se.medverka.staff.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether local passwords open the staff area: only when no identity provider is configured (the
 * break-glass administrator), unless {@code medverka.staff.local-login} says otherwise.
 */
@Component
public class LocalLogin {

    private final boolean enabled;
    private final boolean provider;

    LocalLogin(ObjectProvider<IdentityProviderSettings> settings,
               @Value("${medverka.staff.local-login:auto}") String setting) {
        this.provider = settings.getIfAvailable() != null;
        this.enabled = "auto".equals(setting) ? !provider : Boolean.parseBoolean(setting);
    }

    public boolean enabled() {
        return enabled;
    }

    /** Whether staff sign in through the city's identity provider. */
    public boolean provider() {
        return provider;
    }
}
