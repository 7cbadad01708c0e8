package de.koeln.zks.platform.support.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JSON entity parameter whose body may be left out, e.g. a registration that by default registers the
 * caller: an empty body gives {@code null} instead of the platform's "body is empty" error.
 *
 * @since 1.2
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface OptionalBody {
}
