package com.switchboard.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Component;

/**
 * A class of operation handlers, as a ServiceStack service is: each of its methods whose first
 * parameter is a request type (annotated {@link com.switchboard.api.dto.ApiOperation}) is that
 * operation's one handler. It returns the answer's DTO ({@code void} for an answer without a body)
 * and may take an {@link ApiCall} as its second parameter. {@link ApiOperations} finds them; the
 * routes, the role check, the metadata pages and the OpenAPI document follow from the request type.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@interface ApiService {}
