package se.medverka.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.notification.internal.MailDispatcher;
import se.medverka.testsupport.TestEnvironment;

/** Cases on the real PostgreSQL: numbering, routing by the seeded register, mail, isolation. */
@SpringBootTest
class CasesTest {

    @Autowired Cases cases;
    @Autowired RoutingRegister register;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired MailDispatcher dispatcher;

    @Test
    void eightThreadsOpeningFiveHundredCasesEachGetGapFreeUniqueNumbers() throws Exception {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).getYear();
        int before = jdbc.sql("select coalesce(max(last_number), 0) from routing_case_counter where year = :y")
                .param("y", year).query(Integer.class).single();
        long outboxBefore = jdbc.sql("select coalesce(max(id), 0) from notification_outbox").query(Long.class).single();
        java.time.OffsetDateTime started = jdbc.sql("select now()").query(java.time.OffsetDateTime.class).single();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    String ref = "bench-" + thread + "-" + i;
                    numbers.add(transactions.execute(s -> cases.open(
                            new NewCase(CaseKind.COMPLAINT, ref, "other", null, null, "sv"))).caseNumber());
                }
                return numbers;
            }));
        }
        Set<String> all = new HashSet<>();
        List<String> list = new ArrayList<>();
        for (Future<List<String>> f : futures) {
            list.addAll(f.get());
        }
        pool.shutdown();
        all.addAll(list);
        assertThat(all).hasSize(4000);
        List<Integer> sequence = new ArrayList<>(list.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1))).toList());
        Collections.sort(sequence);
        assertThat(sequence).isEqualTo(IntStream.rangeClosed(before + 1, before + 4000).boxed().toList());
        assertThat(list).allMatch(n -> n.matches("MV-" + year + "-\\d{6}"));
        // Let routing finish before the next test class: its registry mails would otherwise land in
        // another test's outbox (seen as a flaky MailDispatcherTest on a loaded machine).
        awaitAllRouted();
        // Nor are these 4 000 cases' registry mails sent: they prove nothing here (the test below checks
        // the one mail of a routed case), and the next test that empties the outbox (ThiefsDumpTest)
        // spent minutes sending them over SMTP. Every listener of these cases finishes first.
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.sql(
                "select count(*) from event_publication where publication_date >= :started and completion_date is null")
                .param("started", started).query(Long.class).single() == 0);
        jdbc.sql("delete from notification_outbox where id > :before and status = 'PENDING'").param("before", outboxBefore).update();
    }

    static void awaitAllRouted(JdbcClient jdbc) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() ->
                jdbc.sql("select count(*) from routing_case where state = 'RECEIVED'").query(Long.class).single() == 0);
    }

    private void awaitAllRouted() {
        awaitAllRouted(jdbc);
    }

    @Test
    void aRolledBackSubmissionGivesItsNumberBack() {
        String first = transactions.execute(s -> cases.open(new NewCase(CaseKind.COMPLAINT, "rb-1", null, null, null, "sv"))).caseNumber();
        try {
            transactions.executeWithoutResult(s -> {
                cases.open(new NewCase(CaseKind.COMPLAINT, "rb-2", null, null, null, "sv"));
                throw new IllegalStateException("the submission failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        String third = transactions.execute(s -> cases.open(new NewCase(CaseKind.COMPLAINT, "rb-3", null, null, null, "sv"))).caseNumber();
        assertThat(number(third)).isEqualTo(number(first) + 1);
    }

    @Test
    void aCaseIsRoutedByTheRegisterAndTheRegistryGetsExactlyOneMail() throws Exception {
        TestEnvironment.mail().purgeEmailFromAllMailboxes();
        CaseRef ref = transactions.execute(s -> cases.open(
                new NewCase(CaseKind.COMPLAINT, "route-1", "preschool", "rinkeby-kista", null, "fi")));
        CommitteeSummary rinkeby = committee("sdn-rinkeby-kista");
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(ref.id()).orElseThrow().state() == CaseState.ASSIGNED);
        assertThat(cases.status(ref.id()).orElseThrow().committeeName()).isEqualTo(rinkeby.name());

        while (dispatcher.dispatchDue() > 0) {
            // send everything that is due, as the scheduler would
        }
        List<MimeMessage> toRegistry = new ArrayList<>();
        for (MimeMessage m : TestEnvironment.mail().getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(rinkeby.registryMailbox()) && m.getSubject().contains(ref.caseNumber())) {
                toRegistry.add(m);
            }
        }
        assertThat(toRegistry).hasSize(1);
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(toRegistry.getFirst());
        assertThat(body).contains("/personal/arenden/" + ref.id());
    }

    @Test
    void dontKnowGoesToTriageAndAHandlerSeesOnlyTheirOwnCommitteesCases() {
        CaseRef triage = transactions.execute(s -> cases.open(new NewCase(CaseKind.COMPLAINT, "tri-1", null, null, null, "sv")));
        CaseRef school = transactions.execute(s -> cases.open(new NewCase(CaseKind.COMPLAINT, "sch-1", "school", "bromma", null, "sv")));
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(triage.id()).orElseThrow().state() == CaseState.TRIAGE
                && cases.status(school.id()).orElseThrow().state() == CaseState.ASSIGNED);

        CommitteeSummary education = committee("utbildningsnamnden");
        CommitteeSummary cityOffice = committee("kommunstyrelsen");
        actAs("edu-handler", "HANDLER", education.id());
        assertThat(cases.find(school.id())).isPresent();
        assertThat(cases.find(triage.id())).as("another committee's case is not found").isEmpty();
        assertThat(cases.inbox(CaseFilter.all(), null, 500)).extracting(CaseSummary::committeeId).containsOnly(education.id());
        assertThatThrownBy(() -> cases.forward(triage.id(), education.id(), "mine now"))
                .isInstanceOf(RoutingException.class).hasMessage("routing.case.error.notfound");

        actAs("triage-handler", "HANDLER", cityOffice.id());
        assertThatThrownBy(() -> cases.forward(triage.id(), education.id(), "  "))
                .isInstanceOf(RoutingException.class).hasMessage("routing.case.forward.reason.error.required");
        cases.forward(triage.id(), education.id(), "Gäller en grundskola");
        assertThat(cases.find(triage.id())).as("the old committee loses access").isEmpty();

        actAs("edu-handler", "HANDLER", education.id());
        CaseDetails forwarded = cases.find(triage.id()).orElseThrow();
        assertThat(forwarded.summary().state()).isEqualTo(CaseState.FORWARDED);
        assertThat(forwarded.summary().caseNumber()).isEqualTo(triage.caseNumber());
        assertThat(forwarded.trail()).extracting(CaseDetails.Event::action).containsExactly("CREATED", "ROUTED", "FORWARDED");
        assertThat(forwarded.trail().get(2).reason()).isEqualTo("Gäller en grundskola");
        assertThat(forwarded.trail().get(2).actor()).isEqualTo("triage-handler");

        cases.changeState(triage.id(), CaseState.IN_PROGRESS, null);
        assertThatThrownBy(() -> cases.changeState(triage.id(), CaseState.RECEIVED, null))
                .isInstanceOf(RoutingException.class);
        SecurityContextHolder.clearContext();
    }

    @Test
    void anUnknownServiceTypeIsRefusedAndNothingIsStored() {
        long before = jdbc.sql("select count(*) from routing_case").query(Long.class).single();
        assertThatThrownBy(() -> transactions.execute(s -> cases.open(new NewCase(CaseKind.COMPLAINT, "bad", "rocket-science", null, null, "sv"))))
                .isInstanceOf(RoutingException.class).hasMessage("routing.case.error.servicetype");
        assertThat(jdbc.sql("select count(*) from routing_case").query(Long.class).single()).isEqualTo(before);
    }

    private CommitteeSummary committee(String code) {
        return register.committees().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static int number(String caseNumber) {
        return Integer.parseInt(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
    }

    private static void actAs(String user, String role, long committeeId) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + role), new SimpleGrantedAuthority(role + "@" + committeeId))));
    }
}
