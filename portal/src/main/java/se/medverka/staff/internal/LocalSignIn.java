package se.medverka.staff.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.medverka.audit.AuditLog;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.Limit;
import se.medverka.shared.limits.LimitReached;

/**
 * The password step of a local (break-glass) sign-in. Tries are throttled per connection and per
 * account and connection ({@link Limit#STAFF_SIGN_IN}, {@link Limit#STAFF_SIGN_IN_ACCOUNT}) instead
 * of locking the account, so nobody can keep the real administrator out. A right password does not
 * sign in yet when the account needs its second factor or a new password: it leaves a
 * {@link Pending} mark in the session and refuses with {@link SecondStepRequired}; the login page
 * then leads to the code step ({@code /personal/login/kod}, {@link LocalSecondStep}).
 */
@Component
public class LocalSignIn implements AuthenticationProvider {

    /** The session attribute of a password step passed, waiting for its second step. */
    public static final String PENDING = LocalSignIn.class.getName() + ".pending";

    private final DaoAuthenticationProvider passwords;
    private final StaffUserRepository users;
    private final AbuseLimits limits;
    private final AuditLog audit;
    private final Clock clock;
    private final LocalAccountPolicy policy;

    LocalSignIn(StaffUserRepository users, PasswordEncoder encoder, LocalLogin localLogin, AbuseLimits limits,
                AuditLog audit, Clock clock, LocalAccountPolicy policy) {
        this.passwords = new DaoAuthenticationProvider(new StaffUserDetailsService(users, clock, localLogin));
        this.passwords.setPasswordEncoder(encoder);
        this.users = users;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        HttpServletRequest request = currentRequest();
        HttpSession session = request == null ? null : request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
        String address = request == null ? null : request.getRemoteAddr();
        String name = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        try {
            limits.take(Limit.STAFF_SIGN_IN, address);
            limits.take(Limit.STAFF_SIGN_IN_ACCOUNT, address, name);
        } catch (LimitReached e) {
            // As for a failed sign-in, a name that is no account is not kept (often a password typed in the wrong field).
            String known = users.findByUsernameIgnoreCase(name).map(StaffUser::getUsername).orElse(null);
            audit.recordAlone(known == null ? "unknown" : known, "LOGIN_THROTTLED", "staff_user", known, "local");
            throw new SignInThrottled(e);
        }
        Authentication passed = passwords.authenticate(authentication);
        // A right password is no guess: its tries are given back.
        limits.giveBack(Limit.STAFF_SIGN_IN, address);
        limits.giveBack(Limit.STAFF_SIGN_IN_ACCOUNT, address, name);
        StaffUser user = users.findByUsernameIgnoreCase(passed.getName()).orElseThrow();
        if (policy.needsSecondStep(user)) {
            if (request == null) {
                throw new SecondStepRequired();
            }
            request.getSession(true).setAttribute(PENDING, new Pending(user.getUsername(), clock.instant(), address));
            audit.record(user.getUsername(), "LOGIN_PASSWORD_PASSED", "staff_user", user.getUsername(), "local");
            throw new SecondStepRequired();
        }
        return passed;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    /** A password step passed: who, when, from where. */
    record Pending(String username, Instant at, String address) implements java.io.Serializable {
    }

    /** The password was right; the second factor (or a new password) is still to come. */
    public static final class SecondStepRequired extends AuthenticationException {
        SecondStepRequired() {
            super("second step required");
        }
    }

    /** Too many tries from this connection (for this account): wait. */
    public static final class SignInThrottled extends AuthenticationException {
        private final transient LimitReached limit;

        SignInThrottled(LimitReached limit) {
            super("throttled");
            this.limit = limit;
        }

        public LimitReached limit() {
            return limit;
        }
    }
}
