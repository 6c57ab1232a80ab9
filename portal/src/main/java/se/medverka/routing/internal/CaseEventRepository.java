package se.medverka.routing.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseEventRepository extends JpaRepository<CaseEventRecord, Long> {

    List<CaseEventRecord> findByCaseIdOrderByOccurredAtAscIdAsc(Long caseId);
}
