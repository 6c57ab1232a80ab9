package se.medverka.routing;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.routing.internal.Committee;
import se.medverka.routing.internal.CommitteeRepository;
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

    /** The districts in their register order. */
    public List<DistrictSummary> districts() {
        return districts.findAllByOrderBySortOrderAsc().stream()
                .map(d -> new DistrictSummary(d.getCode(), d.getName())).toList();
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
