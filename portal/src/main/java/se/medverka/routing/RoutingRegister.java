package se.medverka.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.routing.internal.Committee;
import se.medverka.routing.internal.CommitteeRepository;
import se.medverka.routing.internal.District;
import se.medverka.routing.internal.DistrictRepository;

/** Read access to the register of committees, for every module (the register itself is public). */
@Service
@Transactional(readOnly = true)
public class RoutingRegister {

    private final CommitteeRepository committees;
    private final DistrictRepository districts;

    RoutingRegister(CommitteeRepository committees, DistrictRepository districts) {
        this.committees = committees;
        this.districts = districts;
    }

    /** The districts, code to name, in the register's order. */
    public Map<String, String> districts() {
        Map<String, String> all = new LinkedHashMap<>();
        for (District d : districts.findAllByOrderBySortOrderAsc()) {
            all.put(d.getCode(), d.getName());
        }
        return all;
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
