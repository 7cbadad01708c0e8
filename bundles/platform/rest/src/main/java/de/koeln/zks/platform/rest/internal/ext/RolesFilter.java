package de.koeln.zks.platform.rest.internal.ext;

import java.lang.reflect.Method;
import java.util.Arrays;

import javax.annotation.Priority;
import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.platform.support.rest.CallerPrincipal;

/**
 * Enforces what each endpoint declares: {@code @PermitAll}, {@code @RolesAllowed} (method before
 * class) or {@code @DenyAll}. An endpoint that declares nothing is closed: secure by default.
 * No caller → 401; a caller without any of the roles → 403.
 */
@Priority(Priorities.AUTHORIZATION)
public class RolesFilter implements ContainerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(RolesFilter.class);

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method == null) {
            return; // no endpoint matched: JAX-RS answers 404/405 itself
        }
        Class<?> type = resourceInfo.getResourceClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            request.abortWith(Problems.of(403, "Forbidden", "Nobody may use this endpoint"));
            return;
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !method.isAnnotationPresent(PermitAll.class)) {
            roles = type.getAnnotation(RolesAllowed.class);
            if (roles == null && type.isAnnotationPresent(PermitAll.class)) {
                return;
            }
        }
        if (roles == null) {
            LOG.error("{}.{} declares no roles; it stays closed", type.getName(), method.getName());
            request.abortWith(Problems.of(403, "Forbidden", "This endpoint is not open to anyone"));
            return;
        }
        if (!(request.getSecurityContext().getUserPrincipal() instanceof CallerPrincipal principal)) {
            request.abortWith(Problems.of(401, "Unauthorized", "This endpoint needs a user name and password"));
            return;
        }
        if (Arrays.stream(roles.value()).noneMatch(principal.caller()::hasRole)) {
            request.abortWith(Problems.of(403, "Forbidden",
                "User " + principal.getName() + " needs one of the roles " + Arrays.toString(roles.value())));
        }
    }
}
