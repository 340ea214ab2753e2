package com.switchboard.api.dto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The description of a member of a wire type, for the metadata pages and the OpenAPI document. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ApiMember {

    String description();

    /** Must a request carry it? */
    boolean required() default false;
}
