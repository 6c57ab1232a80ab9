package se.medverka.staff.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return; // sign-ins through the provider are audited by ProviderSignIn
        }
        if (event.getException() instanceof LocalSignIn.SecondStepRequired
                || event.getException() instanceof LocalSignIn.SignInThrottled) {
            return; // a right password waiting for its second step; a throttled try is audited by LocalSignIn
        }
        String typed = String.valueOf(event.getAuthentication().getName());
        String reason = event.getException().getClass().getSimpleName();
        users.findByUsernameIgnoreCase(typed).ifPresentOrElse(user -> {
            user.loginFailed(clock.instant());
            audit.record(user.getUsername(), "LOGIN_FAILED", "staff_user", user.getUsername(), reason);
        }, () -> {
            // What was typed for an account that does not exist is often a password typed in the
            // wrong field, or someone's name: it is not kept.
            audit.record("unknown", "LOGIN_FAILED", "staff_user", null, reason);
        });
    }

    /** Signing out (locally or through the provider) is audited too: a session's end is part of its trail. */
    @EventListener
    @Transactional
    public void onLogout(org.springframework.security.authentication.event.LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.record(username, "LOGOUT", "staff_user", username, null);
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        String username = event.getAuthentication().getName();
        users.findByUsernameIgnoreCase(username).ifPresent(StaffUser::loginSucceeded);
        audit.record(username, "LOGIN", "staff_user", username, "local");
    }
}
