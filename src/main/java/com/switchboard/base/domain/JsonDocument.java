package com.switchboard.base.domain;

/**
 * A structured value that is stored as one JSON document column (custom data, integration data,
 * billing and app settings, schedules). Stored documents are read and written by
 * {@link com.switchboard.base.JdbcConfiguration}. A document is immutable all the way down (records
 * whose lists and maps are unmodifiable copies): {@link JsonDocuments} shares a document read once
 * between every read of the same text.
 */
public interface JsonDocument {}
