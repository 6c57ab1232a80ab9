package se.medverka.shared.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides the language of every page: {@code ?lang=} (so that links can be shared) wins and is
 * remembered in a cookie; otherwise the cookie; otherwise Swedish. Sets {@code <html lang dir>}
 * already in the first HTML response, so that screen readers and RTL layout are right before any
 * script runs, and keeps the Vaadin UI's locale and direction in step.
 */
@Component
public class LanguageSelection implements VaadinServiceInitListener {

    public static final String COOKIE = "medverka_lang";
    public static final String PARAM = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::onIndexHtml);
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            apply(ui, fromRequest(VaadinRequest.getCurrent()));
            ui.addBeforeEnterListener(this::onBeforeEnter);
        });
    }

    private void onIndexHtml(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        Language language = fromRequest(request);
        remember(request, response.getVaadinResponse(), language);
        response.getDocument().selectFirst("html")
                .attr("lang", language.htmlLang())
                .attr("dir", language.rightToLeft() ? "rtl" : "ltr");
    }

    private void onBeforeEnter(BeforeEnterEvent event) {
        List<String> requested = event.getLocation().getQueryParameters().getParameters().get(PARAM);
        if (requested == null || requested.isEmpty()) {
            return;
        }
        Language.fromCode(requested.getFirst()).ifPresent(language -> {
            if (!language.locale().equals(event.getUI().getLocale())) {
                apply(event.getUI(), language);
            }
            remember(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(), language);
        });
    }

    /** Sets the UI's language, the session's (for views opened later) and the page's lang and dir. */
    public static void apply(UI ui, Language language) {
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(language.locale());
        }
        ui.setLocale(language.locale());
        ui.setDirection(language.rightToLeft() ? com.vaadin.flow.component.Direction.RIGHT_TO_LEFT
                : com.vaadin.flow.component.Direction.LEFT_TO_RIGHT);
        Page page = ui.getPage();
        page.executeJs("document.documentElement.lang = $0", language.htmlLang());
        // When a node goes away or the network drops, the resident reads this in their own language.
        ui.getReconnectDialogConfiguration().setDialogText(ui.getTranslation("shared.connection.reconnecting.text"));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ui.getTranslation("shared.connection.gaveup.text"));
    }

    /** The language of the UI of the current request; Swedish outside one. See {@link CurrentLanguage}. */
    public static Language current() {
        return current(UI.getCurrent());
    }

    /** The language of {@code ui}; Swedish for none. */
    public static Language current(UI ui) {
        return ui == null ? Language.DEFAULT : Language.fromLocale(ui.getLocale());
    }

    static Language fromRequest(VaadinRequest request) {
        if (request == null) {
            return Language.DEFAULT;
        }
        return fromParam(request.getParameter(PARAM))
                .or(() -> fromLocationParam(request.getParameter("location")))
                .or(() -> fromCookie(request.getCookies()))
                .orElse(Language.DEFAULT);
    }

    private static Optional<Language> fromParam(String value) {
        return Language.fromCode(value);
    }

    /** Vaadin's init request carries the page's own address in a {@code location} parameter. */
    private static Optional<Language> fromLocationParam(String location) {
        if (location == null || !location.contains("?")) {
            return Optional.empty();
        }
        String query = location.substring(location.indexOf('?') + 1);
        return Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2))
                .filter(kv -> kv.length == 2 && kv[0].equals(PARAM))
                .map(kv -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8))
                .map(Language::fromCode)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<Language> fromCookie(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .map(Language::fromCode)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static void remember(VaadinRequest request, VaadinResponse response, Language language) {
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request != null && request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
