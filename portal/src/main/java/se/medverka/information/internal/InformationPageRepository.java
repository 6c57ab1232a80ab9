package se.medverka.information.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InformationPageRepository extends JpaRepository<InformationPage, Long> {

    Optional<InformationPage> findBySlug(String slug);

    List<InformationPage> findAllByOrderByPositionAscSlugAsc();
}
