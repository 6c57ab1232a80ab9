package se.medverka.routing.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import se.medverka.routing.CaseKind;

public interface RoutedCaseRepository extends JpaRepository<RoutedCase, Long> {

    Optional<RoutedCase> findByCaseNumber(String caseNumber);

    Optional<RoutedCase> findByKindAndReference(CaseKind kind, String reference);
}
