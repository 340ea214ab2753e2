package com.switchboard.api.dto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The XML contract of a wire type, as .NET's DataContractSerializer names it: its namespace and,
 * for types used as dictionary values, the name of the dictionary's entry elements (which carries
 * a hash .NET derives; it is copied from the reference, never computed).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DataContract {

    String namespace();

    /** The element name of the type, when it is not the class name (generic types). */
    String name() default "";

    /** The element name of a {@code Dictionary<string, ThisType>} entry. */
    String dictionaryEntry() default "";
}
