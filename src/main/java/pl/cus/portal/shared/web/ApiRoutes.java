package pl.cus.portal.shared.web;

import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * A module's contribution to the JSON API. Paths are relative to the servlet mapping: a route
 * {@code /catalog/services} answers at {@code /api/catalog/services}.
 */
public interface ApiRoutes {

    RouterFunction<ServerResponse> routes();
}
