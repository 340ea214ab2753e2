package com.switchboard.api;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.switchboard.api.ApiOperations.Operation;
import com.switchboard.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The metadata pages of the reference service: {@code /metadata} lists the operations,
 * {@code /json/metadata?op=X} and {@code /xml/metadata?op=X} describe one (routes, required roles,
 * request and response members, sample bodies written by the real serializers), and
 * {@code /openapi.json} is the same in OpenAPI 3.1. Everything is generated from the request types
 * and their annotations ({@link ApiOperations}).
 */
@RestController
class MetadataPages {

    /** Every role of Switchboard may use the API ({@code ApiSecurityConfiguration}). */
    static final String ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));
    private static final String HTML = "text/html; charset=utf-8";

    private final ApiOperations operations;
    private final OpenApiDocument openApi;

    MetadataPages(ApiOperations operations, OpenApiDocument openApi) {
        this.operations = operations;
        this.openApi = openApi;
    }

    @GetMapping("/metadata")
    ResponseEntity<byte[]> index() {
        StringBuilder rows = new StringBuilder();
        for (Operation op : operations.all()) {
            rows.append("<tr><th>").append(op.name()).append("</th><td><a href=\"json/metadata?op=").append(op.name())
                    .append("\">JSON</a></td><td><a href=\"xml/metadata?op=").append(op.name())
                    .append("\">XML</a></td><td>").append(op.spec().verb()).append(' ')
                    .append(htmlEscape(ApiOperations.routes(op))).append("</td><td>")
                    .append(htmlEscape(op.spec().summary())).append("</td></tr>\n");
        }
        return html("Switchboard API", "<h1>Switchboard API</h1>\n<p>The following operations are supported. "
                + "For a formal definition, see the <a href=\"openapi.json\">OpenAPI 3.1 document</a>.</p>\n"
                + "<table class=\"operations\"><thead><tr><th>Operation</th><th colspan=\"2\">Formats</th>"
                + "<th>Route</th><th>Summary</th></tr></thead><tbody>\n" + rows + "</tbody></table>\n");
    }

    @GetMapping("/{format:json|xml}/metadata")
    ResponseEntity<byte[]> operation(HttpServletRequest request, @PathVariable String format,
            @RequestParam(name = "op", required = false) String name) {
        if (name == null || name.isBlank()) {
            return index();
        }
        Operation op = operations.find(name).orElseThrow(() ->
                new ApiException(HttpStatus.NOT_FOUND, "NotFound", "Unknown operation '" + name + "'"));
        WireFormat wire = format.equals("xml") ? WireFormat.XML : WireFormat.JSON;
        StringBuilder page = new StringBuilder();
        page.append("<h1>").append(op.name()).append("</h1>\n<p class=\"summary\">")
                .append(htmlEscape(op.spec().summary())).append("</p>\n");
        page.append("<p><b>Requires Authentication</b></p>\n");
        page.append("<table class=\"roles\"><tr><th>Requires any of the roles:</th><td>")
                .append(String.join(", ", op.roleNames()))
                .append("</td></tr></table>\n");
        page.append("<table class=\"routes\"><thead><tr><th colspan=\"2\">The following routes are available for "
                + "this service:</th></tr></thead><tbody>\n");
        for (String route : op.spec().routes()) {
            page.append("<tr><th>").append(op.spec().verb()).append("</th><td>").append(htmlEscape(route))
                    .append("</td></tr>\n");
        }
        page.append("<tr><th>").append(String.join(", ", ApiOperations.verbs(op.predefinedVerbs())))
                .append("</th><td>/api/").append(op.name()).append(", /json/reply/").append(op.name())
                .append(", /xml/reply/").append(op.name()).append("</td></tr>\n</tbody></table>\n");
        page.append(members(op.name() + " Parameters:", op.request(), op.spec().routes()[0], op.spec().verb(), true));
        if (op.spec().response() != Void.class) {
            page.append(members(op.spec().response().getSimpleName() + " Parameters:", op.spec().response(), "", "",
                    false));
        }
        page.append("<p>To override the Content-type in your clients, use the HTTP Accept Header, append the .")
                .append(format).append(" suffix or ?format=").append(format).append("</p>\n");
        page.append("<h2>HTTP + ").append(format.toUpperCase()).append("</h2>\n<p>The following are sample HTTP "
                + "requests and responses. The placeholders shown need to be replaced with actual values.</p>\n");
        page.append("<pre class=\"request\">").append(htmlEscape(sampleRequest(request, op, wire))).append("</pre>\n");
        page.append("<pre class=\"response\">").append(htmlEscape(sampleResponse(op, wire))).append("</pre>\n");
        return html(op.name(), page.toString());
    }

    @GetMapping("/openapi.json")
    ResponseEntity<byte[]> openApi() {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                .body(openApi.bytes());
    }

    private static String members(String title, Class<?> type, String route, String verb, boolean request) {
        StringBuilder table = new StringBuilder("<h3>").append(htmlEscape(title)).append("</h3>\n<table class=\"")
                .append(request ? "request" : "response").append("\"><thead><tr><th>Name</th>")
                .append(request ? "<th>Parameter</th>" : "").append("<th>Data Type</th>")
                .append(request ? "<th>Required</th>" : "").append("<th>Description</th></tr></thead><tbody>\n");
        for (ApiTypes.Member m : ApiTypes.members(type)) {
            table.append("<tr><td>").append(m.name()).append("</td>");
            if (request) {
                table.append("<td>").append(parameterKind(m.name(), route, verb)).append("</td>");
            }
            table.append("<td>").append(htmlEscape(m.dataType())).append("</td>");
            if (request) {
                table.append("<td>").append(m.required() ? "Yes" : "No").append("</td>");
            }
            table.append("<td>").append(htmlEscape(m.description())).append("</td></tr>\n");
        }
        return table.append("</tbody></table>\n").toString();
    }

    /** Where a request member goes on the operation's custom route: path, query or body. */
    static String parameterKind(String member, String route, String verb) {
        if (ApiOperations.pathParameters(route).contains(member)) {
            return "path";
        }
        return verb.equals("GET") || verb.equals("DELETE") ? "query" : "body";
    }

    private static String sampleRequest(HttpServletRequest request, Operation op, WireFormat wire) {
        String verb = op.spec().verb();
        StringBuilder sample = new StringBuilder(verb).append(' ').append(op.spec().routes()[0]).append(" HTTP/1.1\n")
                .append("Host: ").append(request.getServerName()).append('\n')
                .append("Accept: ").append(mediaType(wire)).append('\n');
        if (verb.equals("GET") || verb.equals("DELETE")) {
            return sample.toString();
        }
        return sample.append("Content-Type: ").append(mediaType(wire)).append("\nContent-Length: length\n\n")
                .append(body(ApiTypes.example(op.request()), wire)).toString();
    }

    private static String sampleResponse(Operation op, WireFormat wire) {
        HttpStatus status = HttpStatus.valueOf(op.spec().status());
        StringBuilder sample = new StringBuilder("HTTP/1.1 ").append(status.value()).append(' ')
                .append(status.getReasonPhrase()).append('\n');
        if (op.spec().response() == Void.class) {
            return sample.toString();
        }
        return sample.append("Content-Type: ").append(mediaType(wire)).append("\nContent-Length: length\n\n")
                .append(body(ApiTypes.example(op.spec().response()), wire)).toString();
    }

    private static String mediaType(WireFormat wire) {
        return wire == WireFormat.XML ? "application/xml" : "application/json";
    }

    /** The example as the API writes it, indented for reading. */
    static String body(Object example, WireFormat wire) {
        if (wire == WireFormat.XML) {
            return indentXml(DataContractXml.write(example).replaceFirst("^<\\?xml[^>]*\\?>", ""));
        }
        try {
            return ApiResponses.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(example);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Unserializable example", e);
        }
    }

    /** One element per line, text content on the line of its element. */
    static String indentXml(String xml) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean inline = false;
        for (String token : xml.split("(?=<)")) {
            if (token.isEmpty()) {
                continue;
            }
            int end = token.indexOf('>') + 1;
            String tag = token.substring(0, end);
            String text = token.substring(end);
            if (tag.startsWith("</")) {
                depth--;
                if (!inline) {
                    out.append('\n').append("  ".repeat(depth));
                }
                out.append(tag);
                inline = false;
            } else {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append("  ".repeat(depth)).append(tag).append(text);
                boolean selfClosing = tag.endsWith("/>");
                if (!selfClosing) {
                    depth++;
                }
                inline = !selfClosing && !text.isEmpty();
            }
        }
        return out.toString();
    }

    private static ResponseEntity<byte[]> html(String title, String body) {
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + htmlEscape(title)
                + "</title></head>\n<body>\n<main>\n" + body + "</main>\n</body></html>\n";
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, HTML).body(page.getBytes(StandardCharsets.UTF_8));
    }
}
