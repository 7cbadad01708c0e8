package de.koeln.zks.platform.rest.internal.ext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import de.koeln.zks.platform.api.ZksApi;
import de.koeln.zks.platform.api.problem.ApiException;
import de.koeln.zks.platform.api.problem.FieldError;

/** Builds {@code application/problem+json} answers (RFC 9457). */
public final class Problems {
    static final String BASIC_CHALLENGE = "Basic realm=\"ZKS\", charset=\"UTF-8\"";

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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        extensions.forEach(body::putIfAbsent);
        Response.ResponseBuilder builder = Response.status(status).type(ZksApi.PROBLEM_JSON).entity(body);
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        }
        return builder.build();
    }
}
