package se.medverka.routing;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.routing.internal.Committee;
import se.medverka.routing.internal.CommitteeRepository;

/** Read access to the register of committees, for every module (the register itself is public). */
@Service
@Transactional(readOnly = true)
public class RoutingRegister {

    private final CommitteeRepository committees;

    RoutingRegister(CommitteeRepository committees) {
        this.committees = committees;
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
