package se.medverka.legal.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medverka.shared.ui.StaffMenuItem;

@Configuration(proxyBeanMethods = false)
class LegalMenu {

    @Bean
    StaffMenuItem statementMenuItem() {
        return new StaffMenuItem("personal/tillganglighet", "legal.admin.nav.label", 520, Set.of("ADMIN"));
    }
}
