package se.medverka;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Medverka, the participation portal of the city's programme for human rights. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/medverka/styles.css")
@StyleSheet("themes/medverka/children.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    /** Every rule that depends on "now" (due dates, retention, opening hours of dialogues) asks this clock. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
