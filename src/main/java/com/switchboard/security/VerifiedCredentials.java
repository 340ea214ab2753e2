package com.switchboard.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Checks a user name and password with BCrypt (through {@link DaoAuthenticationProvider}, which also
 * pays BCrypt for unknown users), and remembers a success for {@link SessionProperties#credentialsTtl()}
 * (5 minutes at most) so that a script sending HTTP Basic on every request pays BCrypt once.
 *
 * <p>What is remembered is only an HMAC-SHA256 of the name and password under a key drawn at random
 * when the process starts (never stored), mapped to the user's id and {@link AppUser#version()}. A hit
 * is honoured only while the user, read again at most every {@link SessionProperties#cacheTtl()}, is
 * enabled and still at that version: saving a user (new password, role, accounts, enabled flag) bumps
 * the version, so every instance forgets the old credentials within {@code cacheTtl}; this instance
 * forgets them at once on {@link UserCredentialsChanged}. A wrong password never matches a remembered
 * hash and always pays BCrypt.
 */
class VerifiedCredentials {

    private record Verified(long userId, long version) {}

    private final AuthenticationProvider bcrypt;
    private final JdbcClient jdbc;
    private final Cache<String, Verified> verified;
    private final LoadingCache<Long, SignedInUser> users;
    private final ThreadLocal<Mac> mac;

    VerifiedCredentials(AuthenticationProvider bcrypt, JdbcClient jdbc, Clock clock, SessionProperties properties) {
        this.bcrypt = bcrypt;
        this.jdbc = jdbc;
        this.verified = Caffeine.newBuilder().expireAfterWrite(properties.credentialsTtl())
                .ticker(CacheClock.ticker(clock)).maximumSize(10_000).build();
        this.users = CacheClock.renewedWithin(properties.cacheTtl(), clock).maximumSize(10_000).build(this::loadUser);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        SecretKeySpec secret = new SecretKeySpec(key, "HmacSHA256");
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(secret);
                return m;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** This check as the provider of an {@code AuthenticationManager}. */
    AuthenticationProvider asProvider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return VerifiedCredentials.this.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || !(credentials instanceof String password)) {
            return bcrypt.authenticate(authentication);
        }
        String key = keyOf(username, password);
        Verified hit = verified.getIfPresent(key);
        if (hit != null) {
            SignedInUser user = users.get(hit.userId());
            if (user != null && user.enabled() && user.username().equals(username)
                    && Objects.equals(user.version(), hit.version())) {
                UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                        user, null, user.getAuthorities());
                result.setDetails(authentication.getDetails());
                return result;
            }
            verified.invalidate(key);
        }
        Authentication result = bcrypt.authenticate(authentication);
        if (result != null && result.getPrincipal() instanceof SignedInUser user && user.id() != null
                && user.version() != null) {
            verified.put(key, new Verified(user.id(), user.version()));
            users.put(user.id(), user);
        }
        return result;
    }

    @EventListener
    void credentialsChanged(UserCredentialsChanged event) {
        users.invalidate(event.userId());
        verified.asMap().values().removeIf(v -> v.userId() == event.userId());
    }

    private String keyOf(String username, String password) {
        Mac m = mac.get();
        m.update(username.getBytes(StandardCharsets.UTF_8));
        m.update((byte) 0);
        return Base64.getEncoder().encodeToString(m.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }

    private SignedInUser loadUser(long userId) {
        return jdbc.sql("SELECT id, username, password_hash, enabled, role, customer_id, display_name, email, version "
                        + "FROM app_user WHERE id = ?")
                .param(userId)
                .query((rs, n) -> new SignedInUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("password_hash"), rs.getBoolean("enabled"), Role.valueOf(rs.getString("role")),
                        Set.of(), rs.getString("customer_id"), rs.getString("display_name"),
                        rs.getString("email"), rs.getLong("version")))
                .optional()
                .map(user -> new SignedInUser(user.id(), user.username(), user.passwordHash(), user.enabled(),
                        user.role(), Set.copyOf(jdbc.sql("SELECT account_id FROM app_user_account WHERE app_user = ?")
                                .param(userId).query(String.class).list()),
                        user.customerId(), user.displayName(), user.email(), user.version()))
                .orElse(null);
    }
}
