package de.koeln.zks.platform.support.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JSON entity parameter that accepts a record as the API answered it: the named top-level fields, which
 * the server sets itself (an {@code id}, a {@code status}, timestamps), are read and dropped, so that a client may
 * send back what it read with its changes. Any other field the entity does not know is still refused, naming it.
 *
 * @since 1.2
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ReadOnlyFields {
    /** The JSON names of the fields to drop. */
    String[] value();
}
