package com.switchboard.api.dto;

/** The types of a customer field that Switchboard keeps (of the reference's {@code ValueTypes}). */
public enum ValueTypes { String, Number, Boolean, Date }
