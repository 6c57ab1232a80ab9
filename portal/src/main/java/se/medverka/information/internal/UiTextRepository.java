package se.medverka.information.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UiTextRepository extends JpaRepository<UiText, Long> {

    Optional<UiText> findByLanguageAndKey(String language, String key);

    List<UiText> findByLanguage(String language);
}
