package se.medverka.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.shared.limits.LimitReached;

/**
 * When opening a page already counts against a limit (a class code in a link) and the limit is
 * reached: the same message as after a click, as the page's content, with HTTP status 429.
 */
@ParentLayout(PublicLayout.class)
@AnonymousAllowed
public class LimitReachedView extends Div implements HasErrorParameter<LimitReached>, TranslatedTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<LimitReached> parameter) {
        removeAll();
        getStyle().set("max-inline-size", "44rem").set("margin-inline", "auto").set("padding-inline", "1rem");
        Paragraph message = new Paragraph(parameter.getException().message(this::getTranslation));
        message.getElement().setAttribute("role", "alert");
        add(new H1(getTranslation("shared.limit.title")), message);
        return 429;
    }

    @Override
    public String titleKey() {
        return "shared.limit.title";
    }
}
