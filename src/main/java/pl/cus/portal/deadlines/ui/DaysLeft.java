package pl.cus.portal.deadlines.ui;

import com.vaadin.flow.component.Component;

/** Days left in words, without plural forms that differ between the three languages. */
final class DaysLeft {

    private DaysLeft() {}

    static String text(Component component, long daysLeft) {
        if (daysLeft > 0) {
            return component.getTranslation("deadlines.days.left", daysLeft);
        }
        if (daysLeft == 0) {
            return component.getTranslation("deadlines.days.today");
        }
        return component.getTranslation("deadlines.days.overdue", -daysLeft);
    }
}
