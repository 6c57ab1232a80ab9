package se.medverka.routing.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutedCaseRepository extends JpaRepository<RoutedCase, Long> {
}
