package com.switchboard.api;

/** The hostile-input cases on the embedded H2 database. */
class HostileInputTest extends HostileInputContract {}
