package com.switchboard.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * What a handler may want of its request beyond the request DTO: the members the caller sent (also
 * those sent as null, for operations where an absent member means "leave as it is") and the request.
 */
record ApiCall(HttpServletRequest request, Set<String> sent) {

    boolean sent(String member) {
        return sent.contains(member);
    }
}
