package se.medverka.routing.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides the responsible committee: a committee that already owns the submission keeps it;
 * otherwise the most specific active rule wins (service type and district, then service type for
 * any district, then district for any service); rules pointing at an inactive committee are
 * skipped; nothing left means the city office's triage queue.
 */
public final class RoutingResolver {

    /** The outcome: where the case goes, whether that is the triage queue, and by which rule. */
    public record Decision(long committeeId, boolean triage, Long ruleId) {
    }

    private RoutingResolver() {
    }

    public static Decision resolve(Long serviceTypeId, Long districtId, Long presetCommitteeId,
                                   List<RoutingRule> rules, Map<Long, Committee> committees, long triageCommitteeId) {
        if (presetCommitteeId != null && isActive(committees.get(presetCommitteeId))) {
            return new Decision(presetCommitteeId, presetCommitteeId == triageCommitteeId, null);
        }
        Optional<RoutingRule> best = rules.stream()
                .filter(RoutingRule::isActive)
                .filter(r -> matches(r.getServiceTypeId(), serviceTypeId) && matches(r.getDistrictId(), districtId))
                .filter(r -> isActive(committees.get(r.getCommitteeId())))
                .max(Comparator.comparingInt(RoutingResolver::specificity).thenComparing(RoutingRule::getId,
                        Comparator.nullsFirst(Comparator.reverseOrder())));
        return best.map(r -> new Decision(r.getCommitteeId(), r.getCommitteeId() == triageCommitteeId, r.getId()))
                .orElseGet(() -> new Decision(triageCommitteeId, true, null));
    }

    /** A rule's field matches when it is "any" (null) or names exactly what was given. */
    private static boolean matches(Long ruleValue, Long given) {
        return ruleValue == null || Objects.equals(ruleValue, given);
    }

    private static int specificity(RoutingRule rule) {
        return (rule.getServiceTypeId() != null ? 2 : 0) + (rule.getDistrictId() != null ? 1 : 0);
    }

    private static boolean isActive(Committee committee) {
        return committee != null && committee.isActive();
    }
}
