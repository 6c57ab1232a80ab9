package se.medverka.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Names the "show password" button of a password field in the reader's language. The web
 * component says "Show password" in English whatever the page's language, and Flow has no setter
 * for it, so the component's own {@code i18n.reveal} property is set in the browser.
 */
public final class PasswordReveal {

    private static final String KEY = "shared.password.reveal.action";

    private PasswordReveal() {
    }

    public static PasswordField translate(PasswordField field) {
        field.getElement().executeJs("this.i18n = Object.assign({}, this.i18n, {reveal: $0})", I18NProvider.translate(KEY));
        return field;
    }

    /** The login form makes its password field itself, once it is rendered: waits a few frames for it. */
    public static LoginForm translate(LoginForm form) {
        inside(form);
        return form;
    }

    private static void inside(Component host) {
        host.getElement().executeJs("""
                const label = $0;
                let frames = 0;
                const apply = () => {
                  const field = this.querySelector('vaadin-password-field')
                      || (this.shadowRoot && this.shadowRoot.querySelector('vaadin-password-field'));
                  if (field) {
                    field.i18n = Object.assign({}, field.i18n, {reveal: label});
                  } else if (frames++ < 120) {
                    requestAnimationFrame(apply);
                  }
                };
                apply();""", I18NProvider.translate(KEY));
    }
}
