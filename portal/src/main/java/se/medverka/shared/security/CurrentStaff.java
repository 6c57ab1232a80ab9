package se.medverka.shared.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting, and for which committees. Services use it to enforce committee isolation
 * themselves, so that no view, URL or guessed id can reach another committee's work.
 */
@Component
public class CurrentStaff {

    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    /** The actor written to audit trails: the username, or {@code anonymous}. */
    public String actor() {
        return username().orElse("anonymous");
    }

    public boolean isAdmin() {
        return authorities().contains(StaffRole.ADMIN.authority());
    }

    public boolean has(StaffRole role) {
        return authorities().contains(role.authority());
    }

    /** The committees the person holds {@code role} for; administrators hold none by scope. */
    public Set<Long> committees(StaffRole role) {
        String prefix = role.name() + "@";
        return authorities().stream()
                .filter(a -> a.startsWith(prefix))
                .map(a -> Long.parseLong(a.substring(prefix.length())))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the person may act in {@code role} for the committee: scoped to it, or administrator. */
    public boolean mayActFor(StaffRole role, long committeeId) {
        return isAdmin() || committees(role).contains(committeeId);
    }

    /**
     * The one check for figures and lists that span a committee or the whole city: a committee
     * ({@code committeeId}) for those who act in {@code role} for it or administrators, the whole
     * city ({@code null}) for administrators only. Refuses with {@link AccessDeniedException}.
     */
    public void requireCommitteeOrCity(StaffRole role, Long committeeId) {
        if (committeeId == null ? !isAdmin() : !mayActFor(role, committeeId)) {
            throw new AccessDeniedException("not your committee");
        }
    }

    private static Optional<Authentication> authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())
                ? Optional.empty() : Optional.of(auth);
    }

    private static Set<String> authorities() {
        return authentication().map(Authentication::getAuthorities).stream()
                .flatMap(Collection::stream)
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
    }
}
