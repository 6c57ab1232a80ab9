package se.medverka.shared.ui;

import com.vaadin.flow.component.html.Anchor;

/** A "skip to content" link that moves focus to the target without leaving the page. */
public final class SkipLink {

    private SkipLink() {
    }

    public static Anchor to(String targetId, String text) {
        Anchor skip = new Anchor("#" + targetId, text);
        skip.addClassName("skip-link");
        skip.setRouterIgnore(true);
        // Vaadin's <base href> would turn a bare fragment into another address; move focus instead.
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const target = document.getElementById($0);
                  if (target) { target.focus(); target.scrollIntoView(); }
                });""", targetId);
        return skip;
    }
}
