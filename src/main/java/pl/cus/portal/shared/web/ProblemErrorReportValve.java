package pl.cus.portal.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Context;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors Tomcat answers itself, before any filter or servlet runs (an undecodable or encoded-slash path, a
 * malformed query string, a request line or header over the size limit): on {@code /api} (or with no readable path) they are problem details like every other API error,
 * elsewhere Tomcat's plain page without server details. Replaces the error report valve Spring Boot installs.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    /** Installs this valve in place of every other error report valve of the host. */
    static TomcatContextCustomizer installer() {
        return context -> {
            var host = ((Context) context).getParent();
            // Otherwise the host adds Tomcat's own valve again when it starts, in front of this one.
            if (host instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
            var pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new ProblemErrorReportValve());
        };
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        // A request line Tomcat could not read (too long, say) has no usable path: it is answered as the API would.
        boolean api =
                uri == null || uri.isEmpty() || !uri.startsWith("/") || uri.equals("/api") || uri.startsWith("/api/");
        if (!api) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        var problem = Problems.of(
                HttpStatusCode.valueOf(status),
                status >= 500
                        ? "Something went wrong on our side; please try again later."
                        : status == HttpStatus.BAD_REQUEST.value()
                                ? "The request is malformed."
                                : "The request cannot be served.");
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body: nothing more to say.
        }
    }
}
