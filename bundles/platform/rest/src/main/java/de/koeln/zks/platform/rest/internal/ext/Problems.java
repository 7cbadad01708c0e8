package de.koeln.zks.platform.rest.internal.ext;

import java.util.List;
import java.util.Map;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import de.koeln.zks.platform.api.ZksApi;
import de.koeln.zks.platform.api.problem.ApiException;
import de.koeln.zks.platform.api.problem.FieldError;
import de.koeln.zks.platform.support.http.HttpAuthentication;
import de.koeln.zks.platform.support.http.ProblemDocument;

/** Builds {@code application/problem+json} answers (RFC 9457). */
public final class Problems {
    static final String BASIC_CHALLENGE = HttpAuthentication.BASIC_CHALLENGE;

    private Problems() {
    }

    public static Response of(ApiException e) {
        return response(e.status(), e.title(), e.detail(), e.errors(), e.extensions());
    }

    public static Response of(int status, String title, String detail) {
        return response(status, title, detail, List.of(), Map.of());
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors,
            Map<String, Object> extensions) {
        Map<String, Object> body = ProblemDocument.of(status, title, detail, errors, extensions);
        Response.ResponseBuilder builder = Response.status(status).type(ZksApi.PROBLEM_JSON).entity(body);
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        }
        return builder.build();
    }
}
