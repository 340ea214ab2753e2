package com.switchboard.security;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * After signing in, the user returns to the page it asked for by its plain address: Spring
 * Security's session request cache would otherwise append {@code ?continue} to it.
 */
@Configuration(proxyBeanMethods = false)
class SignInRedirectConfiguration {

    SignInRedirectConfiguration(VaadinDefaultRequestCache vaadinRequestCache) {
        HttpSessionRequestCache sessionCache = new HttpSessionRequestCache();
        sessionCache.setMatchingRequestParameterName(null);
        vaadinRequestCache.setDelegateRequestCache(sessionCache);
    }
}
