package se.medverka.staff.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;

/** Counts failed logins (locking the account after too many) and audits every attempt. */
@Component
class LoginAttempts {

    private final StaffUserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(StaffUserRepository users, AuditLog audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        users.findByUsernameIgnoreCase(username).ifPresent(user -> user.loginFailed(clock.instant()));
        audit.record(username, "LOGIN_FAILED", "staff_user", username, event.getException().getClass().getSimpleName());
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        users.findByUsernameIgnoreCase(username).ifPresent(StaffUser::loginSucceeded);
        audit.record(username, "LOGIN", "staff_user", username, null);
    }
}
