package se.medverka.shared.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import se.medverka.shared.startup.ProductionReadiness;
import se.medverka.shared.ui.PublicLayout;

/**
 * In the {@code dev} profile, when no {@code spring.mail.host} is configured, mail goes over real
 * SMTP to an in-process GreenMail server instead of nowhere; the caught mails are shown at
 * {@code /dev/post}, a route that exists only then (it shows every mail to anyone). Never in
 * production: GreenMail is not in the production jar.
 */
@Configuration(proxyBeanMethods = false)
@Profile(ProductionReadiness.DEV_PROFILE)
@ConditionalOnProperty(prefix = "spring.mail", name = "host", havingValue = "catcher", matchIfMissing = true)
class MailCatcherConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailCatcherConfiguration.class);

    @Bean(destroyMethod = "stop")
    GreenMail greenMail(@Value("${medverka.mail-catcher.port:0}") int port) {
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        return greenMail;
    }

    @Bean
    MailCatcher mailCatcher(GreenMail greenMail) {
        return new MailCatcher(greenMail);
    }

    @Bean
    JavaMailSenderImpl mailSender(MailCatcher catcher) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(catcher.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        log.warn("""

                ==> No mail server configured (spring.mail.host): mails are caught in-process (SMTP port {})
                    and shown at /dev/post. Set SPRING_MAIL_HOST/PORT/USERNAME/PASSWORD to send real mail.""",
                catcher.port());
        return sender;
    }

    /** Registers {@code /dev/post} (it has no {@code @Route}, so that it exists nowhere else). */
    @Bean
    VaadinServiceInitListener caughtMailRoute() {
        return event -> RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute(CaughtMailView.PATH, CaughtMailView.class, PublicLayout.class);
    }
}
