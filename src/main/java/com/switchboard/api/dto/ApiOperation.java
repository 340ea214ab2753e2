package com.switchboard.api.dto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request type's operation: its custom routes and verb, who may call it, what it answers, and what
 * it does. With its one handler (a method of an {@code ApiService} that takes the request type), this
 * is the whole declaration of an operation: its custom routes (each also with a {@code .json} and
 * {@code .xml} suffix), its pre-defined routes, the role check, the metadata pages and the OpenAPI
 * document are all read from it.
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

    /** The roles that may call it (any of them), by their API names; none named means every role. */
    String[] roles() default {};
}
