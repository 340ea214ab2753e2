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
import org.springframework.util.AntPathMatcher;

/**
 * Tomcat's own error answers on the API's paths. Tomcat refuses some requests before any filter or
 * servlet sees them (a path whose customer id decodes to a NUL character, say); on the API such a
 * refusal is a ServiceStack {@code ResponseStatus} like every other error, in the format the caller
 * reads, naming the customer id when that is what was wrong. Elsewhere Tomcat's page stays, without
 * server details.
 */
class ApiErrorReportValve extends ErrorReportValve {

    /** A customer id in the path of the custom routes, still percent-encoded. */
    private static final Pattern CUSTOMER_ID_WITH_NUL = Pattern.compile("^/customers/[^/]*%00.*$",
            Pattern.CASE_INSENSITIVE);
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String path = request.getRequestURI();
        if (path == null || response.getStatus() < 400 || response.getContentWritten() > 0 || !isApi(path)) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        WireFormat format = WireFormat.answerFor(request);
        byte[] body = ApiResponses.serialize(answer(path, response.getStatus()), format);
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

    private static boolean isApi(String path) {
        for (String pattern : ApiSecurityConfiguration.API_PATHS) {
            if (PATHS.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    private static ErrorResponse answer(String path, int status) {
        if (status == HttpStatus.BAD_REQUEST.value() && CUSTOMER_ID_WITH_NUL.matcher(path).matches()) {
            String message = "'CustomerId' must not contain NUL characters.";
            return ErrorResponse.of("Invalid", message, List.of(new ResponseError("Invalid", "CustomerId", message)));
        }
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Error" : known.getReasonPhrase();
        String message = status == HttpStatus.BAD_REQUEST.value()
                ? "The request's path or headers are not valid HTTP." : reason;
        return ErrorResponse.of(reason.replaceAll("[^A-Za-z]", ""), message, List.of());
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
