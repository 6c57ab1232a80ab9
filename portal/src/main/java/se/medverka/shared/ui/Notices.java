package se.medverka.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action; Vaadin's notifications are announced by screen readers. */
public final class Notices {

    private static final int SHOW_MILLIS = 6000;

    private Notices() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        show(text, NotificationVariant.ERROR);
    }

    private static void show(String text, NotificationVariant variant) {
        Notification n = Notification.show(text, SHOW_MILLIS, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
    }
}
