package se.medverka.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends the page's first state (the view, its texts and fields) with the page itself, instead of in
 * an answer to a second request ({@code ?v-r=init}) that the browser can only send once the client
 * scripts have arrived and run: on a slow 3G connection that is one round trip (400 ms) and a
 * response less before the resident sees the heading and can type (docs/weight.md: the complaint
 * form's first visit 6.90 → 6.43 s, the start page's repeat visit 1.90 → 1.01 s). Flow's own switch
 * ({@code BootstrapInitialPredicate}, what {@code eagerServerLoad} turns on). The cost: the UI is made
 * when the page is asked for, also for a client that never runs the scripts (a crawler); it is
 * dropped with its session (30 minutes). {@code medverka.ui.view-in-first-response=false} turns it off.
 */
@Component
class ViewInFirstResponse implements VaadinServiceInitListener {

    private final boolean enabled;

    ViewInFirstResponse(@Value("${medverka.ui.view-in-first-response:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (enabled) {
            event.getSource().setBootstrapInitialPredicate(request -> true);
        }
    }
}
