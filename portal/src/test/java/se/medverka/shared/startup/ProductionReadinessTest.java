package se.medverka.shared.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** The production check: every unmet need in one refusal, alternatives for one need, nothing checked in dev. */
class ProductionReadinessTest {

    private static final StartupRequirement ADMIN_PASSWORD = StartupRequirement.of("an administrator",
            "set MEDVERKA_ADMIN_PASSWORD", env -> StartupRequirement.isSet(env, "medverka.admin.password"));
    /** What another module adds to offer a second way to the same need (e.g. sign-in by OpenID Connect). */
    private static final StartupRequirement IDENTITY_PROVIDER = StartupRequirement.of("an administrator",
            "configure an OpenID Connect provider", env -> StartupRequirement.isSet(env, "oidc.issuer"));
    private static final StartupRequirement MAIL = StartupRequirement.of("an SMTP server",
            "set SPRING_MAIL_HOST", env -> StartupRequirement.isSet(env, "spring.mail.host"));

    @Test
    void everyUnmetNeedIsListedOnceWithAllItsAlternatives() {
        List<String> missing = ProductionReadiness.missing(List.of(ADMIN_PASSWORD, MAIL, IDENTITY_PROVIDER), new MockEnvironment());
        assertThat(missing).containsExactly(
                "an administrator: set MEDVERKA_ADMIN_PASSWORD — or: configure an OpenID Connect provider",
                "an SMTP server: set SPRING_MAIL_HOST");
    }

    @Test
    void anyAlternativeMeetsItsNeed() {
        MockEnvironment env = new MockEnvironment().withProperty("oidc.issuer", "https://login.stad.example");
        assertThat(ProductionReadiness.missing(List.of(ADMIN_PASSWORD, MAIL, IDENTITY_PROVIDER), env))
                .containsExactly("an SMTP server: set SPRING_MAIL_HOST");
        env.setProperty("spring.mail.host", "smtp.stad.example");
        assertThat(ProductionReadiness.missing(List.of(ADMIN_PASSWORD, MAIL, IDENTITY_PROVIDER), env)).isEmpty();
    }

    @Test
    void theCheckRefusesBeforeAnyBeanIsMadeExceptInTheDevProfile() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("mail", MAIL);
        ProductionReadiness readiness = new ProductionReadiness();
        MockEnvironment production = new MockEnvironment();
        readiness.setEnvironment(production);
        assertThatThrownBy(() -> readiness.postProcessBeanFactory(beans)).isInstanceOf(MissingConfigurationException.class)
                .hasMessageContaining("an SMTP server: set SPRING_MAIL_HOST");

        MockEnvironment dev = new MockEnvironment();
        dev.setActiveProfiles("dev");
        readiness.setEnvironment(dev);
        readiness.postProcessBeanFactory(beans);
    }
}
