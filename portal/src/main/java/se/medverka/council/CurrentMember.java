package se.medverka.council;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A council member signed in by a one-time link: role {@code COUNCIL_MEMBER} and the authority
 * {@code COUNCIL_PERSON@<id>} naming the person. No staff role, so no staff view or service admits them.
 */
public final class CurrentMember {

    public static final String ROLE = "ROLE_COUNCIL_MEMBER";
    private static final String PREFIX = "COUNCIL_PERSON@";

    private CurrentMember() {
    }

    /** The authentication a consumed sign-in link gives. */
    public static Authentication authentication(long personId) {
        return UsernamePasswordAuthenticationToken.authenticated("rad:" + personId, null,
                List.of(new SimpleGrantedAuthority(ROLE), new SimpleGrantedAuthority(PREFIX + personId)));
    }

    /** The signed-in member's person id, if a member is signed in. */
    public static Optional<Long> personId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(PREFIX)).findFirst()
                .map(a -> Long.parseLong(a.substring(PREFIX.length())));
    }

    static long require() {
        return personId().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not a council member"));
    }
}
