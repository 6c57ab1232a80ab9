package se.medverka.shared.security;

import com.vaadin.flow.internal.CurrentInstance;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Inside a Vaadin request of a signed-in person (a handler's answer publishes the event whose
 * listener calls this), Vaadin's security-context strategy reads the context stored in that person's
 * session, not the one set here, so the call would run as the handler and be refused. For the call
 * the Vaadin "current instances" (session, UI, request) are therefore set aside, as for a background
 * thread, and restored afterwards.
 */
public final class SystemCall {

    public static final String ROLE = "ROLE_SYSTEM";

    private SystemCall() {
    }

    public static <T> T as(String component, Supplier<T> work) {
        Map<Class<?>, CurrentInstance> vaadin = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
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
            CurrentInstance.restoreInstances(vaadin);
        }
    }
}
