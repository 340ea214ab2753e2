package com.switchboard.api;

import com.switchboard.api.dto.ErrorResponse;
import com.switchboard.api.dto.ResponseError;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own error answers on the API's paths. Tomcat refuses some requests before any filter or
 * servlet sees them: a path whose customer id decodes to a NUL character or that holds an encoded
 * slash, a request line or headers longer than {@code server.max-http-request-header-size}. On the
 * API such a refusal is a ServiceStack {@code ResponseStatus} like every other error, in the format
 * the caller reads, naming the customer id when that is what was wrong. A request line too long to
 * be read has no path to go by; only scripts send those, so it is answered as the API answers, in
 * JSON. Elsewhere Tomcat's page stays, without server details.
 */
class ApiErrorReportValve extends ErrorReportValve {

    /** A customer id in the path of the custom routes, still percent-encoded. */
    private static final Pattern CUSTOMER_ID_WITH_NUL = Pattern.compile("^/customers/[^/]*%00.*$",
            Pattern.CASE_INSENSITIVE);

    ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String path = request.getRequestURI();
        boolean unread = path == null || path.isEmpty();
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !(unread || ApiPaths.matches(path))) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        WireFormat format = unread ? WireFormat.JSON : WireFormat.answerFor(request);
        byte[] body = ApiResponses.serialize(answer(unread ? "" : path, response.getStatus()), format);
        try {
            response.setContentType(format.contentType);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(body, StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone: nothing to answer
        }
    }

    private static ErrorResponse answer(String path, int status) {
        if (status == HttpStatus.BAD_REQUEST.value() && CUSTOMER_ID_WITH_NUL.matcher(path).matches()) {
            String message = "'CustomerId' must not contain NUL characters.";
            return ErrorResponse.of("Invalid", message, List.of(new ResponseError("Invalid", "CustomerId", message)));
        }
        String message = status == HttpStatus.BAD_REQUEST.value()
                ? "The request's path or headers are not valid HTTP, or longer than the server takes."
                : ApiResponses.reason(status);
        return ErrorResponse.of(ApiResponses.errorCode(status), message, List.of());
    }

    /** Puts the valve on the embedded Tomcat's host, in place of the error report valve it would add. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
                    host.getPipeline().addValve(new ApiErrorReportValve());
                }
            });
        }
    }
}
