package se.medverka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeTableRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.medverka.council.Referrals;
import se.medverka.council.ui.ReferralOverviewView;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.StaffFixtures;

/**
 * The referral overview (profile {@code bench}, not in the default run): a referral with 200
 * recipients among 1 000 answered recipients of five referrals, every recipient with an extension
 * asked and half granted; the staff view is navigated to and rendered (server side, browserless)
 * through the real service, a page of 25 recipients at a time. Figures: portal/target/bench-referral-overview.txt.
 * Run: {@code ./mvnw -B -pl portal -Pbench test -Dtest=ReferralOverviewBenchmark -Dmedverka.test.db=mt_councils_bench}
 */
@SpringBootTest
class ReferralOverviewBenchmark extends SpringBrowserlessTest {

    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 50);

    @Autowired Referrals referrals;
    @Autowired RoutingRegister register;
    @Autowired JdbcClient jdbc;

    private final BenchReport report = new BenchReport();

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void overviewWith200RecipientsAmong1000Answers() throws IOException {
        long culture = register.committeeByCode("kulturnamnden").orElseThrow().id();
        List<Long> ids = jdbc.sql("""
                insert into council_referral (committee_id, title, summary, deadline, sent_at, sent_by)
                select :c, 'Bench-remiss ' || g, 'Sammanfattning', current_date + 30, now(), 'bench'
                from generate_series(1, 5) g returning id""").param("c", culture).query(Long.class).list();
        jdbc.sql("""
                insert into council_referral_recipient (referral_id, organisation_name, language, token_hash, deadline,
                    extension_asked_at, extension_wanted, extension_reason, extension_granted_at, extension_granted_by,
                    answer, answered_at, case_number)
                select r.id, 'Organisation ' || r.id || '-' || g, 'sv', md5(r.id || '-' || g || random()::text), current_date + 30,
                       now(), current_date + 60, 'Skäl ' || g, case when g % 2 = 0 then now() end, case when g % 2 = 0 then 'bench' end,
                       'Yttrande ' || g, now() - make_interval(days => g % 40), 'MV-2026-' || (r.id * 1000 + g)
                from unnest(cast(:ids as bigint[])) r(id), generate_series(1, 200) g""")
                .param("ids", ids.toArray(Long[]::new)).update();
        long referral = ids.getFirst();
        report.line("referrals: %d, recipients: %,d, answered: %,d", ids.size(),
                jdbc.sql("select count(*) from council_referral_recipient where referral_id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                        .query(Long.class).single(),
                jdbc.sql("select count(*) from council_referral_recipient where referral_id = any(:ids) and answered_at is not null")
                        .param("ids", ids.toArray(Long[]::new)).query(Long.class).single());

        report.line("load average before (1, 5, 15 min): %s", loadAverage());
        report.time("service Referrals.overview, all 200 recipients", 5, REPETITIONS,
                () -> StaffFixtures.asHandler("bench", culture, () -> referrals.overview(referral)));
        report.time("service Referrals.overview, one page of 25 recipients", 5, REPETITIONS,
                () -> StaffFixtures.asHandler("bench", culture, () -> referrals.overview(referral, 100, 25)));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench", "n/a",
                List.of(new SimpleGrantedAuthority(StaffRole.HANDLER.authority()),
                        new SimpleGrantedAuthority(StaffRole.HANDLER.scopedAuthority(culture)))));
        // The router, the staff layout and the round trip alone: a small staff view (the register, a form and no rows).
        report.time("baseline: personal/organisationer navigated and rendered (staff layout, small view)", 5, REPETITIONS,
                () -> navigate("personal/organisationer", se.medverka.council.ui.StaffOrganisationsView.class));
        report.time("view personal/remisser/<id> navigated and rendered (staff layout, first page of 200)", 5, REPETITIONS,
                () -> navigate("personal/remisser/" + referral, ReferralOverviewView.class));
        // The same in CPU time of the thread that renders (independent of the machine's load).
        report.cpuTime("baseline: personal/organisationer navigated and rendered", 5, REPETITIONS,
                () -> navigate("personal/organisationer", se.medverka.council.ui.StaffOrganisationsView.class));
        report.cpuTime("view personal/remisser/<id> navigated and rendered (first page of 200)", 5, REPETITIONS,
                () -> navigate("personal/remisser/" + referral, ReferralOverviewView.class));
        // Checked once, outside the timing: the header row and one page of recipients (the table pages
        // since 2026-11-24; before, all 200 rows were rendered and this checked 201).
        assertThat($(NativeTableRow.class).all()).hasSize(1 + 25);
        report.time("next page of the table (click, 25 rows rebuilt)", 5, REPETITIONS, () -> {
            $(com.vaadin.flow.component.button.Button.class).withText("Nästa sida").single().click();
            if ($(com.vaadin.flow.component.button.Button.class).withText("Nästa sida").single().isEnabled()) {
                return null;
            }
            return navigate("personal/remisser/" + referral, ReferralOverviewView.class);
        });
        // The view's own work (query and component tree), without the router and the test's client round trip.
        ReferralOverviewView view = $(ReferralOverviewView.class).single();
        java.lang.reflect.Method show;
        try {
            show = ReferralOverviewView.class.getDeclaredMethod("show", long.class);
            show.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        java.lang.reflect.Method rebuild = show;
        report.time("view rebuilt in place (query + components), one page", 5, REPETITIONS, () -> {
            try {
                return rebuild.invoke(view, referral);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        report.line("load average after (1, 5, 15 min): %s", loadAverage());
        report.write(Path.of("target/bench-referral-overview.txt"));
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
