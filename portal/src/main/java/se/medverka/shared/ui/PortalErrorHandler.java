package se.medverka.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import se.medverka.shared.limits.LimitReached;

/**
 * What a person sees when handling their click failed unexpectedly — above all when the database is
 * unreachable for a moment (a restart, a failover): a message that says so in their language, is
 * announced at once by screen readers and stays until closed, and the button they pressed works
 * again, so they can simply try again. Every submission is one transaction, so "nothing was stored"
 * is true. Views handle their own expected problems (validation, limits); this is for the rest.
 */
public class PortalErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);
    private static final String IDLE_TEXT = PortalErrorHandler.class.getName() + ".idleText";

    /**
     * Shows a button as working on the click ("Sending…"), remembering its own text so that it can
     * be given back when the click fails ({@link #ready}) — by the view or by this handler.
     */
    public static void busy(Button button, String busyText) {
        ComponentUtil.setData(button, IDLE_TEXT, button.getText());
        button.setText(busyText);
    }

    /** Makes a button usable again with its own text, after a failed click. */
    public static void ready(Button button) {
        if (ComponentUtil.getData(button, IDLE_TEXT) instanceof String text) {
            button.setText(text);
            ComponentUtil.setData(button, IDLE_TEXT, null);
        }
        button.setEnabled(true);
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable problem = event.getThrowable();
        LimitReached limit = limitReached(problem);
        if (limit != null) {
            refused(event, limit);
            return;
        }
        boolean database = isDataAccess(problem);
        if (database) {
            log.warn("A request failed because the database could not be used: {}", rootMessage(problem), problem);
        } else {
            log.error("Unexpected error while handling a request", problem);
        }
        Component source = event.getComponent().orElse(null);
        UI ui = source == null ? UI.getCurrent() : source.getUI().orElse(UI.getCurrent());
        if (ui == null) {
            return;
        }
        if (source instanceof Button button && !button.isEnabled()) {
            ready(button);
        }
        show(ui, ui.getTranslation(database ? "shared.error.database.message" : "shared.error.unexpected.message"));
    }

    /**
     * A public write refused by its abuse limit: expected, not an error. The person is told what
     * happened and when to try again, announced like any other message; what they typed stays.
     */
    private static void refused(ErrorEvent event, LimitReached limit) {
        log.info("Refused by a limit: {}", limit.getMessage());
        Component source = event.getComponent().orElse(null);
        UI ui = source == null ? UI.getCurrent() : source.getUI().orElse(UI.getCurrent());
        if (ui == null) {
            return;
        }
        if (source instanceof Button button && !button.isEnabled()) {
            ready(button);
        }
        show(ui, limit.message(ui::getTranslation));
    }

    static LimitReached limitReached(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LimitReached limit) {
                return limit;
            }
        }
        return null;
    }

    /** Spring's translated exceptions, a transaction that could not start, or a JDBC error anywhere in the chain. */
    static boolean isDataAccess(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessException || t instanceof TransactionException || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable problem) {
        Throwable root = problem;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** One message at a time: trying again and failing again replaces it rather than stacking another. */
    private static void show(UI ui, String text) {
        if (ComponentUtil.getData(ui, Notification.class) instanceof Notification previous) {
            previous.close();
        }
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        // Stays until closed: a person who reads slowly or uses a magnifier must not miss it.
        notification.setDuration(0);
        notification.setAssertive(true);
        notification.addClassName("portal-error");
        Span message = new Span(text);
        message.addClassName("portal-error-text");
        Button close = new Button(ui.getTranslation("shared.error.close.action"), e -> notification.close());
        notification.add(message, close);
        ComponentUtil.setData(ui, Notification.class, notification);
        notification.open();
    }
}
