package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** Staff accounts cannot apply; they are told why and where their work is, instead of meeting a form that fails. */
class StaffNotice extends Div {

    StaffNotice() {
        setId("staff-notice");
        addClassName("intake-staff-notice");
        add(
                new H1(getTranslation("intake.staff.title")),
                new Paragraph(getTranslation("intake.staff.text")),
                new Paragraph(new Anchor("backoffice", getTranslation("intake.staff.to-backoffice"))));
    }
}
