package pl.cus.portal.shared.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;

/**
 * Menu entries come from the views' {@code @Menu} annotations (titles are translation keys), filtered by what the
 * current user may open; the back office owns every path under {@code backoffice}.
 */
final class Navigation {

    static final String BACKOFFICE = "backoffice";

    private Navigation() {}

    static List<MenuEntry> residentEntries() {
        return MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> !isBackoffice(entry))
                .toList();
    }

    static List<MenuEntry> staffEntries() {
        return MenuConfiguration.getMenuEntries().stream()
                .filter(Navigation::isBackoffice)
                .toList();
    }

    private static boolean isBackoffice(MenuEntry entry) {
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        return path.equals(BACKOFFICE) || path.startsWith(BACKOFFICE + "/");
    }
}
