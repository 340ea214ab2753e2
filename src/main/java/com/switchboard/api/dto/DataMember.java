package com.switchboard.api.dto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides of a member's XML element: its name (default: the field name with a capital first
 * letter) and its order (default: before the ordered members, alphabetically).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DataMember {

    String name() default "";

    int order() default -1;
}
