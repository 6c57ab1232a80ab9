package se.medverka.information.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PageTextRepository extends JpaRepository<PageText, Long> {

    Optional<PageText> findByPageIdAndLanguage(Long pageId, String language);

    List<PageText> findByPageId(Long pageId);

    List<PageText> findByLanguage(String language);
}
