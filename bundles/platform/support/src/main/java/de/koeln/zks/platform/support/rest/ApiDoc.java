package de.koeln.zks.platform.support.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the OpenAPI document says of an endpoint beyond its JAX-RS annotations: a summary, and for
 * methods that return a {@code Response}, the type and status of a successful answer.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiDoc {

    String summary() default "";

    /** The body of a successful answer when the method returns {@code Response}; {@code Void} for none. */
    Class<?> returns() default Void.class;

    /** The element type when {@link #returns()} is a list or a page ({@code Page}). */
    Class<?> of() default Void.class;

    int status() default 200;

    /** Query parameters the method reads through {@code UriInfo} rather than {@code @QueryParam}. */
    String[] queryParams() default {};
}
