package se.medverka.shared.startup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The production check and the needs that belong to no module: a database, a mail server and the
 * address the portal is reached at (links in mails; {@code https://} because staff and residents
 * sign in and read cases there). The modules add their own (complaint keys, an administrator).
 */
@Configuration(proxyBeanMethods = false)
class StartupConfiguration {

    @Bean
    static ProductionReadiness productionReadiness() {
        return new ProductionReadiness();
    }

    @Bean
    static StartupRequirement datasourceRequirement() {
        return StartupRequirement.of("a PostgreSQL database",
                "set SPRING_DATASOURCE_URL (jdbc:postgresql://host:5432/db), SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD",
                env -> StartupRequirement.isSet(env, "spring.datasource.url")
                        && !"embedded".equals(env.getProperty("spring.datasource.url")));
    }

    @Bean
    static StartupRequirement mailRequirement() {
        return StartupRequirement.of("an SMTP server",
                "set SPRING_MAIL_HOST, SPRING_MAIL_PORT (and SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD if it asks)",
                env -> StartupRequirement.isSet(env, "spring.mail.host")
                        && !"catcher".equals(env.getProperty("spring.mail.host")));
    }

    @Bean
    static StartupRequirement baseUrlRequirement() {
        return StartupRequirement.of("the portal's https:// address",
                "set MEDVERKA_BASE_URL=https://… (the address residents reach; used in mail links)",
                StartupConfiguration::httpsBaseUrl);
    }

    private static boolean httpsBaseUrl(Environment env) {
        String url = env.getProperty("medverka.base-url", "");
        return url.startsWith("https://") && url.length() > "https://".length();
    }
}
