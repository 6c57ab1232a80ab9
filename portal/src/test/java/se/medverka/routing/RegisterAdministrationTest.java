package se.medverka.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static se.medverka.testsupport.StaffFixtures.asAdmin;
import static se.medverka.testsupport.StaffFixtures.asHandler;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.audit.AuditLog;
import se.medverka.shared.codes.Coded;
import se.medverka.testsupport.AuditTrail;

/** The register as administrators edit it: audited, validated, and only for cases routed afterwards. */
@SpringBootTest
class RegisterAdministrationTest {

    @Autowired RegisterAdministration admin;
    @Autowired RoutingRegister register;
    @Autowired Cases cases;
    @Autowired AuditTrail auditTrail;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void everyServiceTypeOfTheRegisterHasItsNameWrittenOutInServiceType() {
        assertThat(jdbc.sql("select code from routing_service_type").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(Coded.codes(ServiceType.class));
    }

    @Test
    void aNewRuleAppliesToNewCasesOnlyAndItsAdditionAndDeactivationAreAudited() {
        long sports = committee("idrottsnamnden");
        long farsta = committee("sdn-farsta");
        CaseRef before = openAndRoute("reg-before", "sports_facility", "farsta");
        assertThat(committeeOf(before)).isEqualTo(sports);

        RuleSummary rule = asAdmin(() -> admin.addRule("sports_facility", "farsta", farsta));
        assertThat(rule.active()).isTrue();
        assertThat(rule.createdBy()).isEqualTo("test-setup");
        assertThat(auditTrail.forSubject("routing_rule", String.valueOf(rule.id())))
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("ROUTING_RULE_ADDED");
                    assertThat(e.actor()).isEqualTo("test-setup");
                    assertThat(e.detail()).contains("sports_facility", "farsta", "sdn-farsta");
                });

        CaseRef after = openAndRoute("reg-after", "sports_facility", "farsta");
        assertThat(committeeOf(after)).as("a new case follows the new rule").isEqualTo(farsta);
        assertThat(committeeOf(before)).as("an earlier case is not re-routed").isEqualTo(sports);
        assertThat(committeeOf(openAndRoute("reg-elsewhere", "sports_facility", "bromma")))
                .as("other districts keep the city-wide rule").isEqualTo(sports);

        asAdmin(() -> {
            admin.deactivateRule(rule.id());
            return null;
        });
        assertThat(auditTrail.forSubject("routing_rule", String.valueOf(rule.id())))
                .extracting(AuditLog.Entry::action).containsExactly("ROUTING_RULE_ADDED", "ROUTING_RULE_DEACTIVATED");
        assertThat(committeeOf(openAndRoute("reg-later", "sports_facility", "farsta"))).isEqualTo(sports);
        assertThat(committeeOf(after)).as("deactivation does not move routed cases").isEqualTo(farsta);
        assertThat(asAdmin(admin::rules)).filteredOn(r -> r.id() == rule.id()).singleElement()
                .satisfies(r -> assertThat(r.active()).isFalse());
    }

    @Test
    void refusedRuleChangesStoreNothing() {
        long rules = count("routing_rule");
        long entries = count("audit_log");
        long education = committee("utbildningsnamnden");
        assertRefused(() -> admin.addRule(null, null, education), "routing.register.rule.scope.error.any");
        assertRefused(() -> admin.addRule("school", null, education), "routing.register.rule.scope.error.taken");
        assertRefused(() -> admin.addRule("rocket-science", null, education), "routing.case.error.servicetype");
        assertRefused(() -> admin.addRule("school", "atlantis", education), "routing.case.error.district");
        assertRefused(() -> admin.addRule("school", "bromma", -1), "routing.register.rule.committee.error.invalid");
        assertRefused(() -> {
            admin.deactivateRule(-1);
            return null;
        }, "routing.register.rule.error.notfound");
        assertThat(count("routing_rule")).isEqualTo(rules);
        assertThat(count("audit_log")).isEqualTo(entries);
    }

    @Test
    void committeeSettingsAreValidatedAuditedAndDueDaysApplyToNewCases() {
        long culture = committee("kulturnamnden");
        CommitteeDetails old = asAdmin(admin::committees).stream().filter(c -> c.id() == culture).findFirst().orElseThrow();
        long entries = count("audit_log");
        assertRefused(() -> admin.changeCommittee(culture, change(old, " ", "a@b.se", 2, 10)),
                "routing.register.committee.name.error.required");
        assertRefused(() -> admin.changeCommittee(culture, change(old, old.name(), "not-a-mailbox", 2, 10)),
                "routing.register.committee.mailbox.error.invalid");
        assertRefused(() -> admin.changeCommittee(culture, change(old, old.name(), "a@b.se", 0, 10)),
                "routing.register.committee.days.error.range");
        assertRefused(() -> admin.changeCommittee(culture, change(old, old.name(), "a@b.se", 12, 10)),
                "routing.register.committee.days.error.range");
        long triage = committee("kommunstyrelsen");
        CommitteeDetails office = asAdmin(admin::committees).stream().filter(c -> c.id() == triage).findFirst().orElseThrow();
        assertRefused(() -> admin.changeCommittee(triage, new CommitteeChange(office.name(), office.kind(),
                office.registryMailbox(), false, 2, 10)), "routing.register.committee.active.error.triage");
        assertThat(count("audit_log")).isEqualTo(entries);

        CaseRef earlier = openAndRoute("due-before", "library_culture", null);
        CommitteeDetails changed = asAdmin(() -> admin.changeCommittee(culture,
                change(old, old.name(), "registrator.kultur@stad.example", 5, 30)));
        assertThat(changed.answerDays()).isEqualTo(30);
        assertThat(auditTrail.forSubject("routing_committee", "kulturnamnden")).last()
                .satisfies(e -> assertThat(e.detail()).contains("answerDays=10", "answerDays=30"));
        CaseRef later = openAndRoute("due-after", "library_culture", null);
        assertThat(answerDue(later)).isAfter(answerDue(earlier));
        asAdmin(() -> admin.changeCommittee(culture, change(old, old.name(), old.registryMailbox(),
                old.acknowledgeDays(), old.answerDays())));
    }

    @Test
    void anAddedCommitteeIsAuditedAndCanReceiveCasesByANewRule() {
        CommitteeChange settings = new CommitteeChange("Miljönämnden", CommitteeKind.SPECIALIST,
                "registrator.miljo@stad.example", true, 3, 15);
        assertRefused(() -> admin.addCommittee("Miljö Nämnd", null, settings), "routing.register.committee.code.error.invalid");
        assertRefused(() -> admin.addCommittee("kulturnamnden", null, settings), "routing.register.committee.code.error.taken");
        CommitteeDetails added = asAdmin(() -> admin.addCommittee("miljonamnden", null, settings));
        assertThat(added.answerDays()).isEqualTo(15);
        assertThat(register.committeeByCode("miljonamnden")).isPresent();
        assertThat(auditTrail.forSubject("routing_committee", "miljonamnden")).extracting(AuditLog.Entry::action)
                .containsExactly("COMMITTEE_ADDED");

        asAdmin(() -> admin.addRule("park_leisure", null, added.id()));
        CaseRef park = openAndRoute("park-anywhere", "park_leisure", null);
        assertThat(committeeOf(park)).isEqualTo(added.id());
        assertThat(committeeOf(openAndRoute("park-bromma", "park_leisure", "bromma")))
                .as("the more specific district rule still wins").isEqualTo(committee("sdn-bromma"));
    }

    @Test
    void onlyAdministratorsMayChangeTheRegister() {
        long education = committee("utbildningsnamnden");
        assertThatThrownBy(() -> asHandler("reg-handler", education, () -> admin.addRule("school", "bromma", education)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asHandler("reg-handler", education, admin::rules))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.deactivateRule(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static CommitteeChange change(CommitteeDetails c, String name, String mailbox, int acknowledge, int answer) {
        return new CommitteeChange(name, c.kind(), mailbox, c.active(), acknowledge, answer);
    }

    private static void assertRefused(java.util.function.Supplier<?> change, String key) {
        assertThatThrownBy(() -> asAdmin(change)).isInstanceOf(RoutingException.class).hasMessage(key);
    }

    private CaseRef openAndRoute(String reference, String service, String district) {
        CaseRef ref = transactions.execute(s -> cases.open(new NewCase(CaseKind.COMPLAINT, reference + "-" + System.nanoTime(),
                service, district, null, "sv")));
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(ref.id()).orElseThrow().state() != CaseState.RECEIVED);
        return ref;
    }

    private long committeeOf(CaseRef ref) {
        return jdbc.sql("select committee_id from routing_case where id = :id").param("id", ref.id()).query(Long.class).single();
    }

    private java.time.LocalDate answerDue(CaseRef ref) {
        return cases.status(ref.id()).orElseThrow().answerDue();
    }

    private long committee(String code) {
        return register.committeeByCode(code).orElseThrow().id();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

}
