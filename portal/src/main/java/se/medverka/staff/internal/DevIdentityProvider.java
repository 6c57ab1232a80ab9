package se.medverka.staff.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.shared.security.StaffRole;

/**
 * The dev profile's identity provider: the tests' {@link TestIdentityProvider} with three people, so
 * a newcomer can try "Logga in med ditt konto i staden" without a directory of their own. Not started
 * when {@code MEDVERKA_OIDC_ISSUER} names a real provider, or with
 * {@code medverka.dev.identity-provider=false}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("dev")
@ConditionalOnExpression("'${medverka.oidc.issuer:}' == '' and '${medverka.dev.identity-provider:true}' == 'true'")
class DevIdentityProvider {

    private static final Logger log = LoggerFactory.getLogger(DevIdentityProvider.class);
    static final String ADMINS = "medverka-administratorer";
    static final String HANDLERS = "medverka-handlaggare-sdn";
    static final String MODERATORS = "medverka-moderatorer-sdn";
    private static final String PASSWORD = "dev-password";

    @Bean(destroyMethod = "close")
    TestIdentityProvider devProvider(@Value("${medverka.dev.identity-provider.port:0}") int port) {
        TestIdentityProvider provider = TestIdentityProvider.start(port)
                .person("dev.admin", PASSWORD, "Dev Administratör", true, ADMINS)
                .person("dev.handlaggare", PASSWORD, "Dev Handläggare", true, HANDLERS)
                .person("dev.moderator", PASSWORD, "Dev Moderator", true, MODERATORS)
                // Residents for the citizen budget's e-identification (test identity numbers, not real people).
                .resident("dev.invanare", PASSWORD, "198001012395")
                .resident("dev.ungdom", PASSWORD, "201006122392");
        return provider;
    }

    @Bean
    IdentityProviderSettings devIdentityProviderSettings(TestIdentityProvider provider) {
        return provider.settings(List.of("mfa"), ADMINS);
    }

    /** Residents vote in a citizen budget through the same provider, as a client of its own. */
    @Bean
    @ConditionalOnExpression("'${medverka.eid.issuer:}' == ''")
    se.medverka.shared.security.ResidentIdentification devResidentIdentification(TestIdentityProvider provider) {
        return provider.residentIdentification();
    }

    /** The handler and moderator groups act for the first district committee; printed once. */
    @Bean
    ApplicationRunner devGroupMappings(GroupMappingStore mappings, JdbcClient jdbc, TestIdentityProvider provider,
                                       @Value("${server.port:8080}") int port) {
        return args -> {
            provider.allowPortal("http://localhost:" + port);
            jdbc.sql("select id from routing_committee where kind = 'DISTRICT' order by id limit 1")
                    .query(Long.class).optional().ifPresent(committee -> {
                        mappings.add(HANDLERS, StaffRole.HANDLER, committee);
                        mappings.add(MODERATORS, StaffRole.MODERATOR, committee);
                    });
            log.warn("""

                    ==> Identity provider for development at {} (sign in with "Logga in med ditt konto i staden"):
                        dev.admin, dev.handlaggare, dev.moderator — password '{}' (development only);
                        residents for e-identification in a citizen budget: dev.invanare, dev.ungdom.""",
                    provider.issuer(), PASSWORD);
        };
    }
}
