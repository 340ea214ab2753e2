package com.switchboard.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Username-and-password sign-in for every way in (portal form, HTTP Basic on the API and the
 * actuator, the API's credentials sign-in), in this order:
 *
 * <ol>
 *   <li>the throttle: while the username or the address is locked, the attempt is refused (and
 *       counted) before any password work, remembered or not, so the right password is refused too
 *       and a guesser learns nothing from the answer;
 *   <li>the credentials remembered by {@link VerifiedCredentials}, else BCrypt through Spring's
 *       provider (which also pays BCrypt for unknown users); failures and BCrypt successes feed the
 *       throttle. A disabled account is reported only after the right password, so that nobody
 *       learns which names exist;
 *   <li>a one-time password that must still change ({@link SignedInUser#mustChangePassword()}) opens
 *       only the portal's sign-in form ({@link PortalForm}), where nothing but the password change is
 *       reachable; everywhere else it is refused with {@link PasswordExpiry#CHANGE_REQUIRED}.
 * </ol>
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    /** Set on the request when this sign-in checked a password (rather than a remembered one). */
    static final String PASSWORD_CHECKED = ThrottlingAuthenticationProvider.class.getName() + ".checked";

    /** The details of a sign-in through the portal's form, the one way in a one-time password opens. */
    static final class PortalForm extends WebAuthenticationDetails {
        PortalForm(HttpServletRequest request) {
            super(request);
        }
    }

    private final AuthenticationProvider passwords;
    private final VerifiedCredentials remembered;
    private final SignInThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwords, VerifiedCredentials remembered,
            SignInThrottle throttle) {
        this.passwords = passwords;
        this.remembered = remembered;
        this.throttle = throttle;
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
        String ip = ClientRequest.current().ip();
        Optional<Duration> locked = throttle.refuseIfLocked(username, ip);
        if (locked.isPresent()) {
            throw new SignInThrottledException(locked.get());
        }
        Authentication result = remembered.recall(authentication).orElse(null);
        if (result == null) {
            try {
                result = passwords.authenticate(authentication);
            } catch (BadCredentialsException e) {
                throttle.recordFailure(username, ip);
                throw e;
            }
            throttle.recordSuccess(username);
            remembered.remember(authentication, result);
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                request.setAttribute(PASSWORD_CHECKED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
            }
        }
        if (result.getPrincipal() instanceof SignedInUser user && user.mustChangePassword()
                && !(authentication.getDetails() instanceof PortalForm)) {
            throw new CredentialsExpiredException(PasswordExpiry.CHANGE_REQUIRED);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
