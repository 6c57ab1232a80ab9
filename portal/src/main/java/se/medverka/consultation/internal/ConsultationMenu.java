package se.medverka.consultation.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medverka.shared.ui.StaffMenuItem;

@Configuration(proxyBeanMethods = false)
class ConsultationMenu {

    @Bean
    StaffMenuItem consultationMenuItem() {
        return new StaffMenuItem("personal/konsultationer", "consultation.staff.nav.label", 300, Set.of("HANDLER", "ADMIN"));
    }
}
