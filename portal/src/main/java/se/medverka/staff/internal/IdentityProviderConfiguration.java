package se.medverka.staff.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The identity provider's settings, when {@code medverka.oidc.issuer} is set. */
@Configuration(proxyBeanMethods = false)
class IdentityProviderConfiguration {

    @Bean
    @ConditionalOnExpression("'${medverka.oidc.issuer:}' != ''")
    IdentityProviderSettings identityProviderSettings(Environment env) {
        return IdentityProviderSettings.from(env);
    }
}
