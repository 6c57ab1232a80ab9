package se.medverka.staff.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import se.medverka.audit.AuditLog;

/**
 * Every refusal of a signed-in staff member (a service method or a staff URL the role does not
 * allow) is audited, in a transaction of its own so the refusal's rollback does not take it along.
 * Anonymous refusals (the public internet knocking on {@code /personal}) are not: they say nothing
 * about staff and would bury the trail.
 */
@Configuration(proxyBeanMethods = false)
class AccessRefusals {

    private final AuditLog audit;

    AccessRefusals(AuditLog audit) {
        this.audit = audit;
    }

    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    public void refused(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
            return;
        }
        audit.recordAlone(who.getName(), "ACCESS_DENIED", "access", describe(event.getSource()), null);
    }

    private static String describe(Object source) {
        if (source instanceof MethodInvocation call) {
            return call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName();
        }
        if (source instanceof HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        return source == null ? null : source.getClass().getSimpleName();
    }
}
