package pl.cus.portal.shared.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ServletHttpHandlerAdapter;
import pl.cus.portal.shared.Actors;

/**
 * Hands the servlet login to the reactive handlers. The security context lives in a thread-local that the
 * handlers' threads do not see, so it is read here, on the servlet thread, and carried as a request attribute.
 */
class ActorCapturingHandlerAdapter extends ServletHttpHandlerAdapter {

    static final String ACTOR_ATTRIBUTE = ActorCapturingHandlerAdapter.class.getName() + ".actor";

    ActorCapturingHandlerAdapter(HttpHandler handler) {
        super(handler);
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        Actors.current().ifPresent(actor -> request.setAttribute(ACTOR_ATTRIBUTE, actor));
        super.service(request, response);
    }
}
