package pl.cus.portal.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import pl.cus.portal.shared.Actor;

/**
 * A small component another module puts into the layouts' headers (e.g. the notification bell), so that the layouts
 * need not know the module. Beans of this type are created per layout instance.
 */
public interface HeaderExtension {

    /** The component for the signed-in actor in the staff layout ({@code staff}) or the residents' one; empty for none. */
    Optional<Component> create(Actor actor, boolean staff);
}
