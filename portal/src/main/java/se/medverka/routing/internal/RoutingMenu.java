package se.medverka.routing.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medverka.shared.ui.StaffMenuItem;

/** The routing screens in the staff menu: the inbox for handlers, the register for administrators. */
@Configuration(proxyBeanMethods = false)
class RoutingMenu {

    @Bean
    StaffMenuItem inboxMenuItem() {
        return new StaffMenuItem("personal/arenden", "routing.inbox.nav.label", 100, Set.of("HANDLER", "ADMIN"));
    }

    @Bean
    StaffMenuItem registerMenuItem() {
        return new StaffMenuItem("personal/register", "routing.register.nav.label", 800, Set.of("ADMIN"));
    }
}
