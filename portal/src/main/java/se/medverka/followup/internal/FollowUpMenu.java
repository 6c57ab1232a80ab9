package se.medverka.followup.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medverka.shared.ui.StaffMenuItem;

@Configuration(proxyBeanMethods = false)
class FollowUpMenu {

    @Bean
    StaffMenuItem followUpMenuItem() {
        return new StaffMenuItem("personal/uppfoljning", "followup.dashboard.nav.label", 600, Set.of("HANDLER", "ADMIN"));
    }

    @Bean
    StaffMenuItem staircaseMenuItem() {
        return new StaffMenuItem("personal/uppfoljning/trappan", "followup.staircase.nav.label", 610, Set.of("HANDLER", "ADMIN"));
    }
}
