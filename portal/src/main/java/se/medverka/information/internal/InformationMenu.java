package se.medverka.information.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medverka.shared.ui.StaffMenuItem;

@Configuration(proxyBeanMethods = false)
class InformationMenu {

    @Bean
    StaffMenuItem informationPagesMenuItem() {
        return new StaffMenuItem("personal/information", "information.admin.nav.label", 500, Set.of("ADMIN"));
    }

    @Bean
    StaffMenuItem translationsMenuItem() {
        return new StaffMenuItem("personal/oversattningar", "information.translations.nav.label", 510, Set.of("ADMIN"));
    }
}
