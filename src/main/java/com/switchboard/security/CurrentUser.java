package com.switchboard.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current request or UI session, as the services see it. */
@Component
public class CurrentUser {

    /** The signed-in user; refuses when nobody is signed in. */
    public SignedInUser require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        throw new AuthenticationCredentialsNotFoundException("Not signed in");
    }
}
