package se.medverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.medverka.followup.Figures;
import se.medverka.followup.FollowUp;
import se.medverka.followup.Period;
import se.medverka.testsupport.StaffFixtures;

/** "Who do we reach?": only counters without any link to a person, suppressed small cells, per dialogue and committee. */
@SpringBootTest
class ReachTest {

    @Autowired Reach reach;
    @Autowired DialogueAdmin admin;
    @Autowired FollowUp followUp;
    @Autowired JdbcClient jdbc;
    @Autowired StaffFixtures staff;

    @Test
    void answersAreCountedWithoutAnyLinkAndShownWithSmallCellsSuppressed() {
        long committee = staff.committeeId("sdn-rinkeby-kista");
        long dialogue = StaffFixtures.asAdmin(() -> {
            long id = admin.create(DialogueTestData.draft(committee, ModerationMode.POST, 3));
            admin.saveQuestions(id, DialogueTestData.questions());
            admin.publish(id);
            return id;
        });
        for (int i = 0; i < 6; i++) {
            reach.record(dialogue, "18_29", "woman", "rinkeby-kista", "10.20.0." + i);
        }
        // Two small answers per question, so no large one is hidden beside them (secondary suppression).
        reach.record(dialogue, "65_79", "man", "outside", "10.20.0.99");
        reach.record(dialogue, "none", "none", "none", "10.20.0.97");
        reach.record(dialogue, null, null, null, "10.20.0.98");

        // The table has no column that could tie a row to a person, a submission or a moment.
        List<String> columns = jdbc.sql("select column_name from information_schema.columns where table_name = 'dialogue_reach'")
                .query(String.class).list();
        assertThat(columns).containsExactlyInAnyOrder("dialogue_id", "committee_id", "month", "question", "answer", "n");
        assertThat(jdbc.sql("select count(*) from dialogue_reach where dialogue_id = :d").param("d", dialogue)
                .query(Long.class).single()).isEqualTo(9);

        LocalDate today = LocalDate.now(se.medverka.shared.time.CityTime.ZONE);
        List<Reach.Breakdown> mine = StaffFixtures.asHandler("rk-handler", committee,
                () -> reach.figures(committee, dialogue, today.withDayOfMonth(1), today.plusDays(1)));
        Map<String, Reach.Breakdown> byQuestion = new java.util.HashMap<>();
        mine.forEach(b -> byQuestion.put(b.question(), b));
        assertThat(byQuestion.get("GENDER").cells().get("woman").value()).isEqualTo(6);
        assertThat(byQuestion.get("GENDER").cells().get("man").suppressed()).isTrue();
        assertThat(byQuestion.get("AGE").cells().get("65_79").suppressed()).isTrue();
        assertThat(byQuestion.get("DISTRICT").cells().get("rinkeby-kista").value()).isEqualTo(6);

        Figures f = StaffFixtures.asHandler("rk-handler", committee, () -> followUp.figures(committee,
                new Period(today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1))));
        assertThat(f.tables()).extracting(Figures.Table::key).contains("reach_age", "reach_gender", "reach_district");

        long other = staff.committeeId("kulturnamnden");
        assertThatThrownBy(() -> StaffFixtures.asHandler("k-handler", other, () -> reach.figures(committee, null, today, today.plusDays(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reach.record(dialogue, "ethnicity", null, null, "10.20.1.1"))
                .isInstanceOf(DialogueException.class);
        assertThatThrownBy(() -> reach.record(dialogue, null, "unknown", null, "10.20.1.1"))
                .isInstanceOf(DialogueException.class);
    }
}
