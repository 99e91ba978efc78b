package pl.cus.portal.identity.ui;

import com.vaadin.flow.server.VaadinRequest;
import org.jspecify.annotations.Nullable;

/** The visitor's network address, for the per-client limits of registration and password reset. */
final class ClientAddress {

    private ClientAddress() {}

    /** The address of the request being handled; null outside a request. */
    static @Nullable String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
