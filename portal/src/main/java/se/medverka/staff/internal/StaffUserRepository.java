package se.medverka.staff.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.medverka.shared.security.StaffRole;

public interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsernameIgnoreCase(String username);

    @Query("select count(u) > 0 from StaffUser u join u.roles r where r.role = :role and u.active = true")
    boolean existsActiveWithRole(StaffRole role);

    List<StaffUser> findAllByOrderByUsernameAsc();

    Optional<StaffUser> findByOidcIssuerAndOidcSubject(String oidcIssuer, String oidcSubject);
}
