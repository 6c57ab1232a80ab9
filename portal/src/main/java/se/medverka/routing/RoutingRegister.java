package se.medverka.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.routing.internal.Committee;
import se.medverka.routing.internal.CommitteeRepository;
import se.medverka.routing.internal.DistrictRepository;
import se.medverka.routing.internal.ServiceTypeRepository;

/** Read access to the register of committees, for every module (the register itself is public). */
@Service
@Transactional(readOnly = true)
public class RoutingRegister {

    private final CommitteeRepository committees;
    private final DistrictRepository districts;
    private final ServiceTypeRepository serviceTypes;

    RoutingRegister(CommitteeRepository committees, DistrictRepository districts, ServiceTypeRepository serviceTypes) {
        this.committees = committees;
        this.districts = districts;
        this.serviceTypes = serviceTypes;
    }

    /** The districts in the city's own order. */
    public List<DistrictSummary> districts() {
        return districts.findAllByOrderBySortOrderAsc().stream()
                .map(d -> new DistrictSummary(d.getId(), d.getCode(), d.getName())).toList();
    }

    /** The districts in the city's own order: code → name (a proper name, the same in every language). */
    public Map<String, String> districtNames() {
        Map<String, String> names = new LinkedHashMap<>();
        districts().forEach(d -> names.put(d.code(), d.name()));
        return names;
    }

    /** The city services submissions can concern, in the order forms list them. */
    public List<ServiceTypeSummary> serviceTypes() {
        return serviceTypes.findAllByOrderBySortOrderAsc().stream()
                .map(s -> new ServiceTypeSummary(s.getId(), s.getCode())).toList();
    }

    public List<CommitteeSummary> committees() {
        return committees.findAllByOrderByKindAscNameAsc().stream().map(Committee::toSummary).toList();
    }

    public Optional<CommitteeSummary> committee(long id) {
        return committees.findById(id).map(Committee::toSummary);
    }

    public Optional<CommitteeSummary> committeeByCode(String code) {
        return committees.findByCode(code).map(Committee::toSummary);
    }
}
