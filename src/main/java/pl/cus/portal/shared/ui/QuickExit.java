package pl.cus.portal.shared.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * Leaves for a neutral site at once. Done in the browser (no server round trip) with {@code location.replace}, so
 * the portal page is not kept as the entry the back button returns to; without script the link still works.
 */
class QuickExit extends Anchor {

    QuickExit(String neutralUrl, String label) {
        super(neutralUrl, label);
        addClassName("quick-exit");
        getElement().setAttribute("rel", "noreferrer");
        getElement().setAttribute("id", "quick-exit");
        getElement().executeJs("this.addEventListener('click', event => { event.preventDefault(); window.location.replace($0); })",
                neutralUrl);
    }
}
