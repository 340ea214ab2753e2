package com.switchboard.api;

import com.switchboard.account.Account;
import com.switchboard.api.dto.AuthStatusResponse;
import com.switchboard.api.dto.Authenticate;
import com.switchboard.api.dto.AuthenticateResponse;
import com.switchboard.api.dto.ResponseError;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.security.PasswordExpiry;
import com.switchboard.security.SessionProperties;
import com.switchboard.security.SignInThrottledException;
import com.switchboard.security.SignedInUser;
import com.switchboard.security.UserSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * ServiceStack's sign-in and sign-out: {@code POST /auth/credentials} (or {@code POST /auth} with
 * {@code provider=credentials}, and {@code /api/Authenticate}) checks the user name and password
 * through the {@link AuthenticationManager} (which publishes Spring Security's success and failure
 * events), starts a session in {@link UserSessions} and sets its cookies; {@code GET /auth} and
 * {@code GET /auth/status} tell who is signed in; {@code GET|POST /auth/logout} and {@code DELETE /auth}
 * end the session everywhere, expire the cookies and publish a {@link LogoutSuccessEvent}.
 */
@RestController
class AuthApi {

    static final String INVALID_CREDENTIALS = "Invalid UserName or Password";

    private final AuthenticationManager authenticationManager;
    private final UserSessions sessions;
    private final SessionProperties sessionProperties;
    private final CustomerDirectory customers;
    private final ApplicationEventPublisher events;

    AuthApi(AuthenticationManager authenticationManager, UserSessions sessions, SessionProperties sessionProperties,
            CustomerDirectory customers, ApplicationEventPublisher events) {
        this.authenticationManager = authenticationManager;
        this.sessions = sessions;
        this.sessionProperties = sessionProperties;
        this.customers = customers;
        this.events = events;
    }

    @PostMapping({"/auth", "/auth/{provider}", "/api/Authenticate", "/api/authenticate", "/json/reply/Authenticate",
            "/xml/reply/Authenticate"})
    ResponseEntity<byte[]> authenticate(HttpServletRequest request, HttpServletResponse response,
            @PathVariable(required = false) String provider) {
        WireFormat format = format(request);
        Authenticate dto = RequestReader.read(request, Authenticate.class);
        String chosen = provider != null ? provider : dto.provider;
        String name = chosen == null || chosen.isBlank() ? "credentials" : chosen.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "credentials" -> signIn(request, response, dto, format);
            case "logout" -> logout(request, response);
            default -> throw new ApiException(HttpStatus.NOT_FOUND, "NotFound",
                    "No configuration was added for OAuth provider '" + chosen + "'");
        };
    }

    @GetMapping({"/auth", "/api/Authenticate", "/api/authenticate", "/json/reply/Authenticate",
            "/xml/reply/Authenticate"})
    ResponseEntity<byte[]> current(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        SignedInUser user = (SignedInUser) authentication.getPrincipal();
        String sessionId = authentication.getDetails() instanceof SessionCookieAuthenticationFilter.SessionDetails d
                ? d.rawId() : null;
        return ApiResponses.ok(response(user, sessionId), format(request));
    }

    @GetMapping("/auth/status")
    ResponseEntity<byte[]> status(HttpServletRequest request) {
        SignedInUser user = (SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        AuthStatusResponse status = new AuthStatusResponse();
        status.isAuthenticated = true;
        status.id = user.id() == null ? null : String.valueOf(user.id());
        status.userName = user.username();
        status.name = user.name();
        status.displayName = user.displayName();
        status.emailAddress = user.email();
        status.roles = List.of(user.role().name());
        List<Account> accounts = customers.visibleAccounts();
        status.accountIds = accounts.stream().map(Account::id).toList();
        status.accountNames = accounts.stream().map(Account::name).toList();
        return ApiResponses.ok(status, format(request));
    }

    @RequestMapping(path = "/auth/logout", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<byte[]> logoutRoute(HttpServletRequest request, HttpServletResponse response) {
        return logout(request, response);
    }

    @DeleteMapping({"/auth", "/api/Authenticate", "/api/authenticate"})
    ResponseEntity<byte[]> delete(HttpServletRequest request, HttpServletResponse response) {
        return logout(request, response);
    }

    // ---- the work ----------------------------------------------------------------------------------

    private ResponseEntity<byte[]> signIn(HttpServletRequest request, HttpServletResponse response, Authenticate dto,
            WireFormat format) {
        List<ResponseError> errors = new ArrayList<>();
        if (dto.userName == null || dto.userName.isBlank()) {
            errors.add(new ResponseError("NotEmpty", "UserName", "'User Name' must not be empty."));
        }
        if (dto.password == null || dto.password.isEmpty()) {
            errors.add(new ResponseError("NotEmpty", "Password", "'Password' must not be empty."));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "NotEmpty", errors.get(0).message, errors);
        }
        SignedInUser user;
        try {
            var token = UsernamePasswordAuthenticationToken.unauthenticated(dto.userName.strip(), dto.password);
            token.setDetails(new WebAuthenticationDetails(request));
            Authentication authenticated = authenticationManager.authenticate(token);
            user = (SignedInUser) authenticated.getPrincipal();
        } catch (SignInThrottledException e) {
            throw e;
        } catch (CredentialsExpiredException e) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized", PasswordExpiry.CHANGE_REQUIRED);
        } catch (AuthenticationException e) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized", INVALID_CREDENTIALS);
        }
        for (String previous : SessionCookies.candidates(request)) {
            sessions.revoke(previous);
        }
        boolean rememberMe = Boolean.TRUE.equals(dto.rememberMe);
        UserSessions.Created created = sessions.create(user.id(), UserSessions.Channel.API, rememberMe,
                request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
        SessionCookies.write(request, response, created.rawId(), rememberMe, sessionProperties.lifetime(true));
        return ApiResponses.ok(response(user, created.rawId()), format);
    }

    private ResponseEntity<byte[]> logout(HttpServletRequest request, HttpServletResponse response) {
        for (String rawId : SessionCookies.candidates(request)) {
            sessions.revoke(rawId);
        }
        SessionCookies.expire(request, response);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            events.publishEvent(new LogoutSuccessEvent(authentication));
        }
        return ApiResponses.ok(new AuthenticateResponse(), WireFormat.answerFor(request));
    }

    private static AuthenticateResponse response(SignedInUser user, String sessionId) {
        AuthenticateResponse answer = new AuthenticateResponse();
        answer.userId = user.id() == null ? null : String.valueOf(user.id());
        answer.sessionId = sessionId;
        answer.userName = user.username();
        answer.displayName = user.name();
        answer.roles = List.of(user.role().name());
        return answer;
    }

    private static WireFormat format(HttpServletRequest request) {
        WireFormat format = WireFormat.requested(request);
        if (format == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "NotSupported",
                    "Format '" + WireFormat.formatParameter(request) + "' is not supported; use json or xml");
        }
        return format;
    }
}
