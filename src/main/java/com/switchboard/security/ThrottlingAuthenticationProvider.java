package com.switchboard.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Username-and-password sign-in for every way in (portal form, HTTP Basic, the API's credentials
 * sign-in): a throttled username or address is refused before the password is checked, so a
 * guesser never makes the server run BCrypt; failures and successes feed the throttle. A disabled
 * account is reported only after the right password, so that nobody learns which names exist.
 * The API refuses a user whose one-time password is still to be changed (in the portal). It sits
 * behind {@link VerifiedCredentials}: a remembered right password needs no BCrypt and no throttle.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    /** Set on the request when this sign-in checked a password (rather than a remembered one). */
    static final String PASSWORD_CHECKED = ThrottlingAuthenticationProvider.class.getName() + ".checked";

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final PasswordExpiry expiry;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle, PasswordExpiry expiry) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.expiry = expiry;
    }

    /**
     * BCrypt through Spring's provider (which also pays BCrypt for unknown users), reporting a disabled
     * account only after its right password.
     */
    static DaoAuthenticationProvider bcrypt(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(users);
        bcrypt.setPasswordEncoder(encoder);
        bcrypt.setPreAuthenticationChecks(user -> {});
        bcrypt.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("User is disabled");
            }
        });
        return bcrypt;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        ClientRequest client = ClientRequest.current();
        var locked = throttle.lockedFor(username, client.ip());
        if (locked.isPresent()) {
            throw new SignInThrottledException(locked.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username, client.ip());
            throw e;
        }
        throttle.recordSuccess(username);
        if (RequestContextHolder.getRequestAttributes() != null) {
            RequestContextHolder.getRequestAttributes().setAttribute(PASSWORD_CHECKED, Boolean.TRUE,
                    RequestAttributes.SCOPE_REQUEST);
        }
        if (client.channel() == ClientRequest.Channel.API && expiry.mustChange(username)) {
            throw new CredentialsExpiredException("The password must be changed in the portal first");
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
