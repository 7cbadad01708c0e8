package de.koeln.zks.platform.rest.internal.ext;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.MultivaluedMap;

import de.koeln.zks.platform.support.http.HttpAuthentication;

/**
 * Answers carry personal data: no caching by browsers or proxies, no content sniffing. The web page gets no Basic
 * challenge with a 401 (the browser would show its own password dialog over the page's login).
 */
public class SecurityHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        if (response.getStatus() == 401 && !HttpAuthentication.challenges(WebSession.fromPage(request), WebSession.token(request))) {
            headers.remove("WWW-Authenticate");
        }
        if (!headers.containsKey("Cache-Control")) {
            headers.putSingle("Cache-Control", "no-store");
        }
    }
}
