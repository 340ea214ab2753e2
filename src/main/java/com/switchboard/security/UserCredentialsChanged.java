package com.switchboard.security;

/**
 * Published (as a Spring application event) after a user's password, role, accounts or enabled flag
 * changed and was saved. The caches of this instance forget the user at once; other instances notice
 * the bumped {@link AppUser#version()} within {@link SessionProperties#cacheTtl()}.
 */
public record UserCredentialsChanged(long userId) {}
