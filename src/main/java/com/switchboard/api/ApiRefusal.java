package com.switchboard.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/**
 * The API's answers for requests refused before they reach its own chain (a body that did not
 * arrive in time, or is larger than the API takes): a ServiceStack {@code ResponseStatus} in the
 * caller's format, for code outside this package that handles every path.
 */
public final class ApiRefusal {

    /** The largest request body the API reads; larger ones are answered 413. */
    public static final int MAX_BODY = RequestReader.MAX_BODY;

    private ApiRefusal() {}

    /** Whether the request is on one of the API's paths (and so is answered in its format). */
    public static boolean isApi(HttpServletRequest request) {
        return ApiPaths.matches(request);
    }

    /** 408 {@code RequestTimeout} with the given message. */
    public static void requestTimeout(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        ApiResponses.writeError(response, HttpStatus.REQUEST_TIMEOUT, "RequestTimeout", message,
                WireFormat.answerFor(request));
    }

    /** 413 {@code RequestEntityTooLarge}, as the API answers a body over {@link #MAX_BODY} bytes. */
    public static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApiException tooLarge = RequestReader.tooLarge();
        ApiResponses.writeError(response, tooLarge.status, tooLarge.errorCode, tooLarge.getMessage(),
                WireFormat.answerFor(request));
    }
}
