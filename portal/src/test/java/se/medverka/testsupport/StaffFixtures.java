package se.medverka.testsupport;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.security.StaffRole;
import se.medverka.staff.StaffAccounts;

/**
 * Staff accounts for tests, made through the real account service as an administrator would.
 * Usernames must be unique per test run (the database lives for the whole run).
 */
@Component
public class StaffFixtures {

    public static final String PASSWORD = "a-test-password-123";

    private final StaffAccounts accounts;
    private final RoutingRegister register;

    public StaffFixtures(StaffAccounts accounts, RoutingRegister register) {
        this.accounts = accounts;
        this.register = register;
    }

    /** A staff member with {@code role} for the committee with {@code committeeCode}; password {@link #PASSWORD}. */
    public String member(String username, StaffRole role, String committeeCode) {
        long committee = committeeId(committeeCode);
        asAdmin(() -> {
            var account = accounts.create(username, username, username + "@stad.example", PASSWORD);
            return accounts.grant(account.id(), role, committee);
        });
        return username;
    }

    public long committeeId(String committeeCode) {
        return register.committeeByCode(committeeCode).orElseThrow().id();
    }

    /** Runs {@code work} as an administrator (for setting up data in tests). */
    public static <T> T asAdmin(Supplier<T> work) {
        return as("test-setup", List.of("ROLE_ADMIN"), work);
    }

    /** Runs {@code work} as a handler of one committee, as the service layer would see them. */
    public static <T> T asHandler(String username, long committeeId, Supplier<T> work) {
        return as(username, List.of(StaffRole.HANDLER.authority(), StaffRole.HANDLER.scopedAuthority(committeeId)), work);
    }

    public static <T> T as(String username, List<String> authorities, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", authorities.stream().map(SimpleGrantedAuthority::new).toList()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
