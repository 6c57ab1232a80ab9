package se.medverka.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;

/** A view whose browser title is its translated name followed by the portal's name. */
public interface TranslatedTitle extends HasDynamicTitle {

    /** The translation key of the view's name. */
    String titleKey();

    @Override
    default String getPageTitle() {
        return I18NProvider.translate(titleKey()) + " – " + I18NProvider.translate("shared.layout.portal.name");
    }
}
