package com.switchboard.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * New passwords as NIST SP 800-63B asks: at least {@value #MIN_LENGTH} characters, no composition
 * rules, refused when among the 10,000 most common passwords (the list ships in
 * {@code security/common-passwords.txt}) or equal to the username. Compared without regard to case.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Long enough for any passphrase; BCrypt reads only the first 72 bytes. */
    public static final int MAX_LENGTH = 72;
    private static final String LIST = "/security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** What is wrong with the password, or null when it is acceptable. */
    public String problem(String username, String password) {
        if (password == null || password.isEmpty()) {
            return "Enter a password";
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return "Use at most " + MAX_LENGTH + " bytes";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
            return "The password must not be the username";
        }
        if (common.contains(lower)) {
            return "This password is among the most common ones; choose another";
        }
        return null;
    }

    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    int listSize() {
        return common.size();
    }

    private static Set<String> load() {
        var in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(LIST), LIST);
        Set<String> words = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(s -> words.add(s.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
