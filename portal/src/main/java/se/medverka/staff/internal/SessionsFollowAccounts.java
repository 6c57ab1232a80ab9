package se.medverka.staff.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session at its next request when the account changed since sign-in (roles,
 * committees, deactivation: its version in the database differs from the session's) or when the
 * session has lived past its absolute lifetime, whatever the activity. The version is read from the
 * database on every request, so a change on one node ends the account's sessions on every node.
 */
class SessionsFollowAccounts extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionsFollowAccounts.class.getName() + ".signedInAt";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;

    SessionsFollowAccounts(JdbcClient jdbc, Clock clock, Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken) && session != null) {
            if (!current(auth) || expired(session)) {
                session.invalidate();
                SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("ended",
                        "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            }
        }
        chain.doFilter(request, response);
    }

    private boolean current(Authentication auth) {
        OptionalInt signedIn = StaffAuthorities.version(auth.getAuthorities());
        if (signedIn.isEmpty()) {
            // Not a staff sign-in (tests set authentications of their own); nothing to compare.
            return true;
        }
        Optional<Integer> now = jdbc.sql("select authz_version from staff_user where username = :name and active")
                .param("name", auth.getName())
                .query(Integer.class)
                .optional();
        return now.isPresent() && now.get() == signedIn.getAsInt();
    }

    private boolean expired(HttpSession session) {
        Instant now = clock.instant();
        Object since = session.getAttribute(SIGNED_IN_AT);
        if (since == null) {
            session.setAttribute(SIGNED_IN_AT, now);
            return false;
        }
        return ((Instant) since).plus(lifetime).isBefore(now);
    }
}
