package se.medverka.staff.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medverka.shared.ui.StaffMenuItem;

@Configuration(proxyBeanMethods = false)
class StaffMenu {

    @Bean
    StaffMenuItem staffHomeMenuItem() {
        return new StaffMenuItem("personal", "staff.home.nav.label", 0, Set.of());
    }

    @Bean
    StaffMenuItem staffUsersMenuItem() {
        return new StaffMenuItem("personal/anvandare", "staff.users.nav.label", 900, Set.of("ADMIN"));
    }

    @Bean
    StaffMenuItem staffLocalSignInsMenuItem() {
        return new StaffMenuItem("personal/anvandare/inloggningar", "staff.signins.nav.label", 905, Set.of("ADMIN"));
    }

    @Bean
    StaffMenuItem staffGroupsMenuItem() {
        return new StaffMenuItem("personal/grupper", "staff.groups.nav.label", 910, Set.of("ADMIN"));
    }
}
