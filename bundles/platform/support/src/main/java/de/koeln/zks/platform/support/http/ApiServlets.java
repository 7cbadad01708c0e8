package de.koeln.zks.platform.support.http;

import java.io.IOException;
import java.util.Arrays;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.ZksApi;
import de.koeln.zks.platform.api.problem.ApiException;

/**
 * For a module's own servlet under {@code /api} (e.g. a stream the JAX-RS runtime would serve too slowly): the
 * same authentication, role check, problem+json answers and security headers as the REST applications.
 */
public final class ApiServlets {

    private ApiServlets() {
    }

    /** No caching of personal data, no content sniffing. */
    public static void securityHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
    }

    /** Answers {@code e} as problem+json; a 401 carries the Basic challenge unless the web page sent the request. */
    public static void sendProblem(HttpServletRequest request, HttpServletResponse response, ApiException e)
            throws IOException {
        response.resetBuffer();
        response.setStatus(e.status());
        if (e.status() == 401 && HttpAuthentication.challenges(HttpAuthentication.fromPage(
                request.getHeader(HttpAuthentication.HEADER)), HttpAuthentication.sessionToken(request))) {
            response.setHeader("WWW-Authenticate", HttpAuthentication.BASIC_CHALLENGE);
        }
        sendJson(response, ZksApi.PROBLEM_JSON, ProblemDocument.of(e));
    }

    /** Writes {@code value} as the API's JSON with the current status and the security headers. */
    public static void sendJson(HttpServletResponse response, String contentType, Object value) throws IOException {
        byte[] body = ApiJson.bytes(value);
        securityHeaders(response);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * Authenticates the request and checks that the caller has one of {@code roles}, as the REST applications do
     * for {@code @RolesAllowed}; answers 401 or 403 itself.
     *
     * @return the caller, or null when the request has been answered
     */
    public static Caller requireAnyRole(HttpAuthentication authentication, HttpServletRequest request,
                                        HttpServletResponse response, String... roles) throws IOException {
        HttpAuthentication.Outcome outcome = authentication.authenticate(request);
        if (outcome.refusal() != null) {
            sendProblem(request, response, outcome.refusal());
            return null;
        }
        if (outcome.caller() == null) {
            sendProblem(request, response, new ApiException(401, "Unauthorized", "This endpoint needs a user name and password"));
            return null;
        }
        if (!outcome.caller().hasAnyRole(roles)) {
            sendProblem(request, response, new ApiException(403, "Forbidden",
                "User " + outcome.caller().name() + " needs one of the roles " + Arrays.toString(roles)));
            return null;
        }
        return outcome.caller();
    }
}
