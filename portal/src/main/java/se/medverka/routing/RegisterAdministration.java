package se.medverka.routing;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.routing.internal.Committee;
import se.medverka.routing.internal.CommitteeRepository;
import se.medverka.routing.internal.District;
import se.medverka.routing.internal.DistrictRepository;
import se.medverka.routing.internal.RegisterValidation;
import se.medverka.routing.internal.RoutingRule;
import se.medverka.routing.internal.RoutingRuleRepository;
import se.medverka.routing.internal.ServiceType;
import se.medverka.routing.internal.ServiceTypeRepository;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.text.InputText;

/**
 * The register as administrators keep it: committees, and the routing rules that decide who gets
 * a new case. Rules are never edited in place — a change is a new rule plus the deactivation of
 * the old one — so a change applies to cases routed from then on, and the history stays readable.
 * Every change is written to the audit log in the same transaction; a refused change stores nothing.
 */
@Service
@Transactional
@RolesAllowed("ADMIN")
public class RegisterAdministration {

    private final CommitteeRepository committees;
    private final DistrictRepository districts;
    private final ServiceTypeRepository serviceTypes;
    private final RoutingRuleRepository rules;
    private final AuditLog audit;
    private final CurrentStaff current;
    private final Clock clock;

    RegisterAdministration(CommitteeRepository committees, DistrictRepository districts,
                           ServiceTypeRepository serviceTypes, RoutingRuleRepository rules, AuditLog audit,
                           CurrentStaff current, Clock clock) {
        this.committees = committees;
        this.districts = districts;
        this.serviceTypes = serviceTypes;
        this.rules = rules;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CommitteeDetails> committees() {
        Map<Long, String> districtNames = districtNames();
        return committees.findAllByOrderByKindAscNameAsc().stream().map(c -> details(c, districtNames)).toList();
    }

    /** Adds a committee; a district committee is tied to its district. */
    public CommitteeDetails addCommittee(String code, String districtCode, CommitteeChange change) {
        String checkedCode = RegisterValidation.code(code);
        RegisterValidation.check(change);
        if (committees.findByCode(checkedCode).isPresent()) {
            throw new RoutingException("routing.register.committee.code.error.taken");
        }
        Long districtId = InputText.isBlank(districtCode) ? null
                : districts.findByCode(districtCode).map(District::getId)
                        .orElseThrow(() -> new RoutingException("routing.case.error.district"));
        Committee committee = new Committee(checkedCode, change.kind(), districtId);
        apply(committee, change);
        committee = committees.save(committee);
        audit.record(current.actor(), "COMMITTEE_ADDED", "routing_committee", checkedCode, describe(change));
        return details(committee, districtNames());
    }

    /** Changes a committee's name, kind, mailbox, active flag and due days (for cases routed from now on). */
    public CommitteeDetails changeCommittee(long committeeId, CommitteeChange change) {
        RegisterValidation.check(change);
        Committee committee = committees.findById(committeeId)
                .orElseThrow(() -> new RoutingException("routing.register.committee.error.notfound"));
        if (committee.isTriage() && !change.active()) {
            // Routing needs somewhere to put what no rule matches.
            throw new RoutingException("routing.register.committee.active.error.triage");
        }
        String before = describe(committee);
        apply(committee, change);
        audit.record(current.actor(), "COMMITTEE_CHANGED", "routing_committee", committee.getCode(),
                before + " → " + describe(change));
        return details(committee, districtNames());
    }

    /** All rules, active first, then newest first. */
    @Transactional(readOnly = true)
    public List<RuleSummary> rules() {
        Map<Long, String> serviceCodes = serviceTypes.findAll().stream()
                .collect(Collectors.toMap(ServiceType::getId, ServiceType::getCode));
        Map<Long, String> districtNames = districtNames();
        Map<Long, Committee> all = committees.findAll().stream()
                .collect(Collectors.toMap(Committee::getId, Function.identity()));
        return rules.findAll().stream()
                .sorted(Comparator.comparing(RoutingRule::isActive).reversed()
                        .thenComparing(RoutingRule::getId, Comparator.reverseOrder()))
                .map(r -> new RuleSummary(r.getId(),
                        r.getServiceTypeId() == null ? null : serviceCodes.get(r.getServiceTypeId()),
                        r.getDistrictId() == null ? null : districtNames.get(r.getDistrictId()),
                        r.getCommitteeId(), all.get(r.getCommitteeId()).getName(), r.isActive(),
                        r.getCreatedAt(), r.getCreatedBy()))
                .toList();
    }

    /**
     * Adds a rule: service type (or {@code null} for any) × district (or {@code null} for any) →
     * committee. Only one active rule per pair; deactivate the old one first.
     */
    public RuleSummary addRule(String serviceTypeCode, String districtCode, long committeeId) {
        Long serviceTypeId = InputText.isBlank(serviceTypeCode) ? null : serviceTypes.findByCode(serviceTypeCode)
                .map(ServiceType::getId).orElseThrow(() -> new RoutingException("routing.case.error.servicetype"));
        Long districtId = InputText.isBlank(districtCode) ? null : districts.findByCode(districtCode)
                .map(District::getId).orElseThrow(() -> new RoutingException("routing.case.error.district"));
        if (serviceTypeId == null && districtId == null) {
            // "Anything anywhere" would empty the triage queue by accident.
            throw new RoutingException("routing.register.rule.scope.error.any");
        }
        Committee committee = committees.findById(committeeId).filter(Committee::isActive)
                .orElseThrow(() -> new RoutingException("routing.register.rule.committee.error.invalid"));
        boolean taken = rules.findByActiveTrue().stream().anyMatch(r -> Objects.equals(r.getServiceTypeId(), serviceTypeId)
                && Objects.equals(r.getDistrictId(), districtId));
        if (taken) {
            throw new RoutingException("routing.register.rule.scope.error.taken");
        }
        RoutingRule rule = rules.saveAndFlush(new RoutingRule(serviceTypeId, districtId, committee.getId(),
                clock.instant(), current.actor()));
        audit.record(current.actor(), "ROUTING_RULE_ADDED", "routing_rule", String.valueOf(rule.getId()),
                describe(serviceTypeCode, districtCode, committee.getCode()));
        return rules().stream().filter(r -> r.id() == rule.getId()).findFirst().orElseThrow();
    }

    /** Deactivates a rule; cases already routed by it stay where they are. */
    public void deactivateRule(long ruleId) {
        RoutingRule rule = rules.findById(ruleId).filter(RoutingRule::isActive)
                .orElseThrow(() -> new RoutingException("routing.register.rule.error.notfound"));
        rule.deactivate();
        audit.record(current.actor(), "ROUTING_RULE_DEACTIVATED", "routing_rule", String.valueOf(rule.getId()), null);
    }

    private static void apply(Committee committee, CommitteeChange change) {
        committee.change(change.name().strip(), change.kind(), change.registryMailbox().strip(), change.active(),
                change.acknowledgeDays(), change.answerDays());
    }

    private Map<Long, String> districtNames() {
        return districts.findAll().stream().collect(Collectors.toMap(District::getId, District::getName));
    }

    private static CommitteeDetails details(Committee c, Map<Long, String> districtNames) {
        return new CommitteeDetails(c.getId(), c.getCode(), c.getName(), c.getKind(),
                c.getDistrictId() == null ? null : districtNames.get(c.getDistrictId()), c.getRegistryMailbox(),
                c.isActive(), c.getAcknowledgeDays(), c.getAnswerDays(), c.isTriage());
    }

    private static String describe(Committee c) {
        return describe(new CommitteeChange(c.getName(), c.getKind(), c.getRegistryMailbox(), c.isActive(),
                c.getAcknowledgeDays(), c.getAnswerDays()));
    }

    private static String describe(CommitteeChange c) {
        return "name=" + c.name() + ", kind=" + c.kind() + ", mailbox=" + c.registryMailbox() + ", active=" + c.active()
                + ", acknowledgeDays=" + c.acknowledgeDays() + ", answerDays=" + c.answerDays();
    }

    private static String describe(String serviceTypeCode, String districtCode, String committeeCode) {
        return "service=" + (InputText.isBlank(serviceTypeCode) ? "*" : serviceTypeCode) + ", district="
                + (InputText.isBlank(districtCode) ? "*" : districtCode) + " → " + committeeCode;
    }
}
