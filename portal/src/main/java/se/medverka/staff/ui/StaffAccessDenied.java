package se.medverka.staff.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.RouteAccessDeniedError;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import se.medverka.audit.AuditLog;

/**
 * A signed-in person opening a staff view their roles do not allow: audited ({@code ACCESS_DENIED},
 * subject {@code view <path>}) like a refused service call, then shown as Vaadin does by default
 * (not found, status 403), so the refusal says nothing about what the view holds.
 */
public class StaffAccessDenied extends RouteAccessDeniedError {

    private final transient AuditLog audit;

    public StaffAccessDenied(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken)) {
            audit.recordAlone(who.getName(), "ACCESS_DENIED", "access", "view " + event.getLocation().getPath(), null);
        }
        return super.setErrorParameter(event, parameter);
    }
}
