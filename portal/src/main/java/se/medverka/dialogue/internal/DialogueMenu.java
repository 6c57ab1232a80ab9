package se.medverka.dialogue.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medverka.shared.ui.StaffMenuItem;

@Configuration(proxyBeanMethods = false)
class DialogueMenu {

    @Bean
    StaffMenuItem dialogueStaffMenuItem() {
        return new StaffMenuItem("personal/dialoger", "dialogue.staff.nav.label", 200, Set.of("ADMIN", "HANDLER", "MODERATOR"));
    }

    @Bean
    StaffMenuItem moderationMenuItem() {
        return new StaffMenuItem("personal/moderering", "dialogue.moderation.nav.label", 210, Set.of("ADMIN", "MODERATOR"));
    }

    @Bean
    StaffMenuItem assistedProposalMenuItem() {
        return new StaffMenuItem("personal/bistand/forslag", "dialogue.assisted.nav.label", 215, Set.of("HANDLER", "MODERATOR", "ADMIN"));
    }

    @Bean
    StaffMenuItem assistedAnswersMenuItem() {
        return new StaffMenuItem("personal/bistand/svar", "dialogue.assisted.answers.nav.label", 216, Set.of("HANDLER", "MODERATOR", "ADMIN"));
    }
}
