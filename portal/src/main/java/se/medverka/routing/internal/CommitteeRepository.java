package se.medverka.routing.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeRepository extends JpaRepository<Committee, Long> {

    List<Committee> findAllByOrderByKindAscNameAsc();

    Optional<Committee> findByCode(String code);
}
