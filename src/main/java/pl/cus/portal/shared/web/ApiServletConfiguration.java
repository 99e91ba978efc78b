package pl.cus.portal.shared.web;

import java.util.List;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.shared.InvalidInput;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves every module's {@link ApiRoutes} from the same Tomcat as Vaadin, through a WebFlux
 * {@code ServletHttpHandlerAdapter} registered as an async servlet on {@code /api/*}.
 * See docs/decisions/0002-webflux-routes-on-the-servlet-stack.md.
 */
@Configuration(proxyBeanMethods = false)
class ApiServletConfiguration {

    /** After Spring Boot's own Tomcat settings, so that its error report valve is there to be replaced. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(ProblemErrorReportValve.installer());
            }
        };
    }

    /**
     * A NUL character is never meaningful in a query parameter, and PostgreSQL refuses it in text ("invalid byte
     * sequence"): such a request is told which parameter is wrong instead of failing deeper down.
     */
    static Mono<ServerResponse> refuseNulCharacters(ServerRequest request, HandlerFunction<ServerResponse> next) {
        for (var parameter : request.queryParams().entrySet()) {
            boolean nul = parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value != null && value.indexOf('\u0000') >= 0);
            if (nul) {
                String field = parameter.getKey().replace("\u0000", "");
                return Mono.error(InvalidInput.of(
                        field, "error.invalid-input", "The parameter " + field + " contains a NUL character."));
            }
        }
        return next.handle(request);
    }

    @Bean
    ServletRegistrationBean<ActorCapturingHandlerAdapter> apiServlet(
            List<ApiRoutes> modules, JsonMapper json, ApiProperties properties) {
        RouterFunction<ServerResponse> routes = modules.stream()
                .map(ApiRoutes::routes)
                .reduce(RouterFunction::and)
                .orElseGet(() -> RouterFunctions.route().build())
                .and(RouterFunctions.route(
                        RequestPredicates.all(),
                        request ->
                                Problems.respond(Problems.notFound("No API resource at " + request.path()), request)))
                .filter(ApiServletConfiguration::refuseNulCharacters)
                .filter(new ApiErrorHandling());

        int maxBody = (int) properties.maxBodySize().toBytes();
        HandlerStrategies strategies = HandlerStrategies.builder()
                .codecs(codecs -> {
                    codecs.defaultCodecs().maxInMemorySize(maxBody);
                    codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(json));
                    codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(json));
                })
                .build();
        HttpHandler handler = RouterFunctions.toHttpHandler(routes, strategies);

        var registration = new ServletRegistrationBean<>(new ActorCapturingHandlerAdapter(handler), "/api/*");
        registration.setName("api");
        registration.setAsyncSupported(true);
        registration.setLoadOnStartup(1);
        return registration;
    }
}
