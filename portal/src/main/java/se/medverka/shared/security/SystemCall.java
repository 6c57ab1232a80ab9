package se.medverka.shared.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a piece of the portal's own machinery (an event listener, a job) as the system, for service
 * methods that return decrypted content and so are closed to people, anonymous residents included:
 * {@code @PreAuthorize("hasRole('SYSTEM')")}. No login, role assignment or URL grants this role;
 * only code that calls {@link #as} holds it, and only for that call (the caller's context is restored).
 */
public final class SystemCall {

    public static final String ROLE = "ROLE_SYSTEM";

    private SystemCall() {
    }

    public static <T> T as(String component, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        TestingAuthenticationToken token = new TestingAuthenticationToken("system:" + component, null,
                List.of(new SimpleGrantedAuthority(ROLE)));
        system.setAuthentication(token);
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
