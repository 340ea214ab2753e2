package com.switchboard.schedule;

import java.time.Instant;

/** A moment a schedule's state changes, and the state from then on. */
public record Transition(Instant at, String state) {}
