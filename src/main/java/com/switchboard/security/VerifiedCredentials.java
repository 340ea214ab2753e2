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
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers a user name and password that BCrypt accepted for {@link SessionProperties#credentialsTtl()}
 * (5 minutes at most), so that a script sending HTTP Basic on every request pays BCrypt once. It is
 * asked only after the sign-in throttle found neither the name nor the address locked
 * ({@link ThrottlingAuthenticationProvider}).
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

    private final Cache<String, Verified> verified;
    private final LoadingCache<Long, SignedInUser> users;
    private final ThreadLocal<Mac> mac;

    VerifiedCredentials(DatabaseUserDetailsService loader, Clock clock, SessionProperties properties) {
        this.verified = Caffeine.newBuilder().expireAfterWrite(properties.credentialsTtl())
                .ticker(CacheClock.ticker(clock)).maximumSize(10_000).build();
        this.users = CacheClock.renewedWithin(properties.cacheTtl(), clock).maximumSize(10_000).build(loader::byId);
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

    /** The sign-in these credentials were remembered for, with the user as of now; empty when none is. */
    Optional<Authentication> recall(Authentication attempt) {
        String username = attempt.getName();
        if (username == null || !(attempt.getCredentials() instanceof String password)) {
            return Optional.empty();
        }
        String key = keyOf(username, password);
        Verified hit = verified.getIfPresent(key);
        if (hit == null) {
            return Optional.empty();
        }
        SignedInUser user = users.get(hit.userId());
        if (user != null && user.enabled() && user.username().equals(username)
                && Objects.equals(user.version(), hit.version())) {
            var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            result.setDetails(attempt.getDetails());
            return Optional.of(result);
        }
        verified.invalidate(key);
        return Optional.empty();
    }

    /** Remembers credentials BCrypt has just accepted, for {@link #recall}. */
    void remember(Authentication attempt, Authentication result) {
        if (attempt.getName() != null && attempt.getCredentials() instanceof String password
                && result.getPrincipal() instanceof SignedInUser user && user.id() != null && user.version() != null) {
            verified.put(keyOf(attempt.getName(), password), new Verified(user.id(), user.version()));
            users.put(user.id(), user);
        }
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
}
