package se.medverka.council.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medverka.shared.ui.StaffMenuItem;

@Configuration(proxyBeanMethods = false)
class CouncilMenu {

    @Bean
    StaffMenuItem councilMenuItem() {
        return new StaffMenuItem("personal/rad", "council.staff.nav.label", 240, Set.of("ADMIN", "HANDLER"));
    }

    @Bean
    StaffMenuItem referralMenuItem() {
        return new StaffMenuItem("personal/remisser", "council.referrals.nav.label", 245, Set.of("ADMIN", "HANDLER"));
    }
}
