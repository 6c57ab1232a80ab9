package se.medverka.routing.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutingRuleRepository extends JpaRepository<RoutingRule, Long> {

    List<RoutingRule> findByActiveTrue();
}
