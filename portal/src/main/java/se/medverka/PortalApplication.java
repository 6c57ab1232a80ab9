package se.medverka;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Medverka, the participation portal of the city's programme for human rights.
 *
 * <p>{@code @LoadDependenciesOnStartup} names the public pages: their components go into the first
 * client bundle, so a resident's phone gets everything in one round of requests (with
 * {@code ModulePreload}); the staff pages' components are loaded when a staff page is opened
 * (docs/weight.md).
 */
@LoadDependenciesOnStartup({
        se.medverka.information.ui.StartView.class, se.medverka.information.ui.InformationListView.class,
        se.medverka.information.ui.InformationPageView.class,
        se.medverka.complaint.ui.ComplaintFormView.class, se.medverka.complaint.ui.ComplaintStatusView.class,
        se.medverka.dialogue.ui.DialogueListView.class, se.medverka.dialogue.ui.DialogueView.class,
        se.medverka.dialogue.ui.ConfirmEmailView.class,
        se.medverka.consultation.ui.ChildrenView.class, se.medverka.consultation.ui.ChildCodeView.class,
        se.medverka.consultation.ui.ChildConsultationView.class, se.medverka.consultation.ui.ChildAnswerView.class,
        se.medverka.legal.ui.StatementView.class, se.medverka.legal.ui.PrivacyView.class,
        se.medverka.legal.ui.ReportFormView.class})
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
