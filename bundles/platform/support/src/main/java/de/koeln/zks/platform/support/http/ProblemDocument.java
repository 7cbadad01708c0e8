package de.koeln.zks.platform.support.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.koeln.zks.platform.api.problem.ApiException;
import de.koeln.zks.platform.api.problem.FieldError;

/** The body of an {@code application/problem+json} answer (RFC 9457), the same from REST and from servlets. */
public final class ProblemDocument {

    private ProblemDocument() {
    }

    public static Map<String, Object> of(ApiException e) {
        return of(e.status(), e.title(), e.detail(), e.errors(), e.extensions());
    }

    public static Map<String, Object> of(int status, String title, String detail, List<FieldError> errors,
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
        return body;
    }
}
