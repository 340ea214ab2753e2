package com.switchboard.api.dto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request type's operation: its custom routes and verb, what it answers, and what it does. The
 * routing of the pre-defined routes, the metadata pages and the OpenAPI document are all read
 * from these annotations.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ApiOperation {

    /** The HTTP verb of the custom routes: GET operations change nothing, every other verb may. */
    String verb();

    /** The custom routes, with path parameters as {@code {name}}. */
    String[] routes();

    /** What the operation does, in one sentence. */
    String summary();

    /** The answer's type; {@code Void} for an answer without a body. */
    Class<?> response();

    /** The status of a successful answer. */
    int status() default 200;
}
