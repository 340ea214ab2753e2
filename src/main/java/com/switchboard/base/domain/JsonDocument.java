package com.switchboard.base.domain;

/**
 * A structured value that is stored as one JSON document column (custom data, integration data,
 * billing and app settings, schedules). Stored documents are read and written by
 * {@link com.switchboard.base.JdbcConfiguration}.
 */
public interface JsonDocument {}
