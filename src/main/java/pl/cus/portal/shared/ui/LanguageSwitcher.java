package pl.cus.portal.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import pl.cus.portal.shared.i18n.Languages;

/** Lets anyone pick the language; the choice is kept in a cookie for a year and the page is drawn again. */
class LanguageSwitcher extends Composite<Select<Languages>> {

    LanguageSwitcher() {
        Select<Languages> select = getContent();
        select.setItems(Languages.values());
        select.setItemLabelGenerator(Languages::ownName);
        select.setAriaLabel("Język / Language / Мова");
        select.addClassName("language-switcher");
        select.addAttachListener(
                attach -> select.setValue(Languages.of(attach.getUI().getLocale())));
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI ui = UI.getCurrent();
                String tag = change.getValue().tag();
                ui.getPage()
                        .executeJs(
                                "document.cookie = $0 + '=' + $1 + ';path=/;max-age=31536000;SameSite=Lax'; location.reload()",
                                Languages.COOKIE,
                                tag);
            }
        });
    }
}
