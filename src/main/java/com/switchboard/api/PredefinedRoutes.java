package com.switchboard.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * ServiceStack's pre-defined routes {@code /api/{Request}}, {@code /json/reply/{Request}} and
 * {@code /xml/reply/{Request}} (and {@code oneway}): every operation by its request name. An
 * operation that changes state is never served on GET (405); reading operations take GET or POST.
 */
@RestController
class PredefinedRoutes {

    private final ApiOperations operations;

    PredefinedRoutes(ApiOperations operations) {
        this.operations = operations;
    }

    @RequestMapping({"/api/{operation}", "/json/reply/{operation}", "/xml/reply/{operation}",
            "/json/oneway/{operation}", "/xml/oneway/{operation}"})
    ResponseEntity<byte[]> predefined(HttpServletRequest request, @PathVariable String operation)
            throws HttpRequestMethodNotSupportedException {
        ApiOperations.Operation op = operations.find(operation).orElseThrow(() ->
                new ApiException(HttpStatus.NOT_FOUND, "NotFound", "Unknown operation '" + operation + "'"));
        if (!op.predefinedVerbs().contains(request.getMethod())) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(),
                    ApiOperations.verbs(op.predefinedVerbs()));
        }
        return op.serve(request);
    }
}
