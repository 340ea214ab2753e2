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

/**
 * Username-and-password sign-in for every way in (portal form, HTTP Basic, the API's credentials
 * sign-in): a throttled username or address is refused before the password is checked, so a
 * guesser never makes the server run BCrypt; failures and successes feed the throttle. A disabled
 * account is reported only after the right password, so that nobody learns which names exist.
 * The API refuses a user whose one-time password is still to be changed (in the portal).
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final PasswordExpiry expiry;

    ThrottlingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
            PasswordExpiry expiry) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("User is disabled");
            }
        });
        this.throttle = throttle;
        this.expiry = expiry;
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
