package se.medverka.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.medverka.dialogue.DialogueAdmin.Draft;
import se.medverka.dialogue.DialogueAdmin.QuestionDraft;
import se.medverka.dialogue.DialogueAdmin.Texts;
import se.medverka.shared.time.CityTime;

/** Dialogue drafts for tests. */
final class DialogueTestData {

    private DialogueTestData() {
    }

    static Draft draft(long committeeId, ModerationMode moderation, int threshold) {
        return new Draft(committeeId, Map.of("sv", new Texts("Parkerna i Farsta", "Vad vill du ha i parken?", "Berätta.\n\nVi lyssnar."),
                "fi", new Texts("Farstan puistot", "Mitä haluat puistoon?", "Kerro meille.")),
                Set.of("farsta"), Set.of("child_rights"), Set.of("participation_influence"),
                LocalDate.now(CityTime.ZONE).minusDays(1), LocalDate.now(CityTime.ZONE).plusDays(30), true, true, true, moderation, threshold);
    }

    static List<QuestionDraft> questions() {
        return List.of(
                new QuestionDraft(QuestionKind.SINGLE_CHOICE, Map.of("sv", "Vad är viktigast?", "fi", "Mikä on tärkeintä?"),
                        Map.of("sv", List.of("Lekplats", "Belysning"), "fi", List.of("Leikkipaikka", "Valaistus"))),
                new QuestionDraft(QuestionKind.MULTIPLE_CHOICE, Map.of("sv", "Vad gör du i parken?"),
                        Map.of("sv", List.of("Promenerar", "Leker", "Grillar"))),
                new QuestionDraft(QuestionKind.SCALE, Map.of("sv", "Hur trygg känner du dig?"), Map.of()),
                new QuestionDraft(QuestionKind.FREE_TEXT, Map.of("sv", "Något mer?", "fi", "Jotain muuta?"), Map.of()));
    }
}
