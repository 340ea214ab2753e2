package com.switchboard.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code switchboard.http.*}: how long a client may take to send its request.
 *
 * @param requestDeadline a request's headers and body must have arrived this long after its first
 *                        byte, or it is answered 408 and its connection closed
 */
@ConfigurationProperties("switchboard.http")
record HttpProperties(@DefaultValue("10s") Duration requestDeadline) {

    HttpProperties {
        if (requestDeadline.isNegative() || requestDeadline.isZero()) {
            throw new IllegalArgumentException("switchboard.http.request-deadline must be positive");
        }
    }
}
