package se.medverka.journeys.defects;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.medverka.dialogue.DialogueAdmin;
import se.medverka.dialogue.DialogueProposals;
import se.medverka.dialogue.ModerationMode;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.time.CityTime;
import se.medverka.testsupport.StaffFixtures;

/** A published dialogue in Swedish only (other languages fall back to it) with one public proposal. */
@Component
class DialogueTestData {

    static final String HANDLER = "defects-dialogue";
    static final String PROPOSAL = "Fler bänkar vid dammen";

    private final DialogueAdmin admin;
    private final DialogueProposals dialogues;
    private final StaffFixtures fixtures;

    DialogueTestData(DialogueAdmin admin, DialogueProposals dialogues, StaffFixtures fixtures) {
        this.admin = admin;
        this.dialogues = dialogues;
        this.fixtures = fixtures;
    }

    long committee() {
        return fixtures.committeeId("sdn-farsta");
    }

    /** Publishes the dialogue and one proposal in it; returns the dialogue's id. */
    long publishedWithAProposal() {
        long id = StaffFixtures.asHandler(HANDLER, committee(), () -> {
            long created = admin.create(new DialogueAdmin.Draft(committee(),
                    Map.of("sv", new DialogueAdmin.Texts("Dammen i Farsta " + System.nanoTime(), "Hur ska dammen bli?",
                            "Vi gör om dammen.\n\nBerätta vad du vill.")),
                    Set.of("farsta"), Set.of("child_rights"), Set.of("participation_influence"),
                    LocalDate.now(CityTime.ZONE).minusDays(1), LocalDate.now(CityTime.ZONE).plusDays(30), false, true, true, ModerationMode.POST, 3));
            admin.publish(created);
            return created;
        });
        dialogues.propose(id, PROPOSAL, "Det behövs fler platser att sitta.", null, Language.SV);
        return id;
    }

    void close(long id) {
        StaffFixtures.asHandler(HANDLER, committee(), () -> {
            admin.close(id);
            return null;
        });
    }
}
