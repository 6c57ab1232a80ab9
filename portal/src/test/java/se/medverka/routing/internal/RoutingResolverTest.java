package se.medverka.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.medverka.routing.CommitteeKind;

class RoutingResolverTest {

    private static final long TRIAGE = 99;
    private static final long PRESCHOOL = 1;
    private static final long SCHOOL = 2;
    private static final long RINKEBY = 10;
    private static final long BROMMA = 11;

    private final Map<Long, Committee> committees = Map.of(
            TRIAGE, committee(TRIAGE, true),
            100L, committee(100, true),   // Rinkeby-Kista district committee
            101L, committee(101, true),   // Bromma district committee
            200L, committee(200, true),   // education committee
            300L, committee(300, false)); // an inactive committee

    @Test
    void theMostSpecificRuleWins() {
        List<RoutingRule> rules = List.of(
                rule(1, PRESCHOOL, null, 200),
                rule(2, PRESCHOOL, RINKEBY, 100),
                rule(3, null, RINKEBY, 101));
        assertThat(resolve(PRESCHOOL, RINKEBY, rules).committeeId()).isEqualTo(100);
        assertThat(resolve(PRESCHOOL, BROMMA, rules).committeeId()).isEqualTo(200);
        assertThat(resolve(SCHOOL, RINKEBY, rules).committeeId()).isEqualTo(101);
    }

    @Test
    void nothingMatchingOrDontKnowGoesToTriage() {
        List<RoutingRule> rules = List.of(rule(1, PRESCHOOL, RINKEBY, 100));
        assertThat(resolve(SCHOOL, BROMMA, rules)).isEqualTo(new RoutingResolver.Decision(TRIAGE, true, null));
        assertThat(resolve(null, null, rules).triage()).isTrue();
        assertThat(resolve(PRESCHOOL, null, rules).triage()).isTrue();
    }

    @Test
    void anInactiveCommitteeIsSkippedForTheNextRule() {
        List<RoutingRule> rules = List.of(rule(1, PRESCHOOL, RINKEBY, 300), rule(2, PRESCHOOL, null, 200));
        assertThat(resolve(PRESCHOOL, RINKEBY, rules).committeeId()).isEqualTo(200);
        assertThat(resolve(PRESCHOOL, RINKEBY, List.of(rule(1, PRESCHOOL, RINKEBY, 300))).triage()).isTrue();
    }

    @Test
    void anOwningCommitteeKeepsItsSubmissionUnlessInactive() {
        List<RoutingRule> rules = List.of(rule(1, PRESCHOOL, RINKEBY, 100));
        assertThat(RoutingResolver.resolve(PRESCHOOL, RINKEBY, 200L, rules, committees, TRIAGE).committeeId()).isEqualTo(200);
        assertThat(RoutingResolver.resolve(PRESCHOOL, RINKEBY, 300L, rules, committees, TRIAGE).committeeId()).isEqualTo(100);
    }

    @Test
    void anInactiveRuleIsIgnored() {
        RoutingRule old = rule(1, PRESCHOOL, RINKEBY, 101);
        old.deactivate();
        assertThat(resolve(PRESCHOOL, RINKEBY, List.of(old, rule(2, PRESCHOOL, RINKEBY, 100))).committeeId()).isEqualTo(100);
    }

    private RoutingResolver.Decision resolve(Long service, Long district, List<RoutingRule> rules) {
        return RoutingResolver.resolve(service, district, null, rules, committees, TRIAGE);
    }

    private static RoutingRule rule(long id, Long service, Long district, long committee) {
        RoutingRule rule = new RoutingRule(service, district, committee, Instant.EPOCH, "test");
        set(rule, "id", id);
        return rule;
    }

    private static Committee committee(long id, boolean active) {
        Committee c = newInstance();
        set(c, "id", id);
        set(c, "active", active);
        set(c, "kind", CommitteeKind.DISTRICT);
        return c;
    }

    private static Committee newInstance() {
        try {
            var constructor = Committee.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
