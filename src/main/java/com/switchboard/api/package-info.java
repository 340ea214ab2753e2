/**
 * The REST surface, compatible with the reference ServiceStack service: routes, request binding,
 * JSON and DataContract XML, and errors as {@code ResponseStatus}. Wire types live in {@code dto}.
 */
package com.switchboard.api;
