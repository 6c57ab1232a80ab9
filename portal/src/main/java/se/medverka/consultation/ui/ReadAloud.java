package se.medverka.consultation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import se.medverka.shared.i18n.Language;

/**
 * Reads a text aloud with the browser's speech synthesis, in the text's language. Hidden until
 * the browser says it has a voice for that language; where it has none, it stays hidden.
 */
class ReadAloud extends Button {

    private static final String HAS_VOICE = """
            const el = this, lang = $0;
            if (!('speechSynthesis' in window)) return;
            const check = () => {
              const ok = speechSynthesis.getVoices().some(v => v.lang && v.lang.toLowerCase().replace('_', '-').split('-')[0] === lang);
              if (ok) el.removeAttribute('hidden'); else el.setAttribute('hidden', '');
            };
            check();
            speechSynthesis.addEventListener('voiceschanged', check);""";

    private static final String SPEAK = """
            const lang = $1;
            speechSynthesis.cancel();
            const u = new SpeechSynthesisUtterance($0);
            const v = speechSynthesis.getVoices().find(v => v.lang && v.lang.toLowerCase().replace('_', '-').split('-')[0] === lang);
            if (v) { u.voice = v; u.lang = v.lang; } else { u.lang = lang; }
            speechSynthesis.speak(u);""";

    private final String lang;

    ReadAloud(String label, String text, String languageCode) {
        this.lang = Language.fromCode(languageCode).map(Language::htmlLang).orElse("sv");
        Span icon = new Span("🔊");
        icon.getElement().setAttribute("aria-hidden", "true");
        setIcon(icon);
        setText(label);
        addClassName("child-read-aloud");
        // A plain attribute, not setVisible(false): the server must still accept the click.
        getElement().setAttribute("hidden", "");
        addClickListener(e -> getElement().executeJs(SPEAK, text, lang));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(HAS_VOICE, lang);
    }
}
