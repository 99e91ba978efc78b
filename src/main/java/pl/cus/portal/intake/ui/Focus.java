package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.Component;

/** Keyboard focus for groups that have no focus() of their own: the chosen option, or else the first one. */
final class Focus {

    private Focus() {}

    static void group(Component group) {
        group.getElement()
                .executeJs(
                        "const input = this.querySelector('[checked] input') || this.querySelector('input'); if (input) input.focus();");
    }
}
