package de.koeln.zks.platform.rest.internal.ext;

import java.util.List;
import java.util.Map;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import de.koeln.zks.platform.api.problem.FieldError;

/**
 * What JAX-RS itself refuses (no such path, wrong method, wrong content type, unreadable parameter),
 * and what it wrapped around a problem of ours, as problem+json instead of an HTML page.
 * <p>
 * The detail depends on the status, not on the exception's class: when no resource method matches, CXF throws
 * a plain {@code ClientErrorException} carrying 404, 405, 406 or 415, not the subclasses. A refused
 * {@code Content-Type} or {@code Accept} is named as the offending field, with what the client sent.
 */
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    static final String JSON = MediaType.APPLICATION_JSON;

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        return problem(e, headers);
    }

    /**
     * @param headers the request's headers, to name what the client sent; may be null
     */
    static Response problem(WebApplicationException e, HttpHeaders headers) {
        Response unwrapped = ThrowableMapper.known(e.getCause());
        if (unwrapped != null) {
            return unwrapped;
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String allow = original == null ? null : original.getHeaderString(HttpHeaders.ALLOW);
        Response problem;
        switch (status) {
            case 404:
                problem = Problems.of(status, title, "There is no resource at this path");
                break;
            case 405:
                problem = Problems.of(status, title, "This method is not allowed here"
                    + (allow == null || allow.isBlank() ? "" : "; allowed: " + allow));
                break;
            case 406:
                problem = headerProblem(status, title, HttpHeaders.ACCEPT, header(headers, HttpHeaders.ACCEPT),
                    "names no media type that can be produced here; accept " + JSON);
                break;
            case 415:
                problem = headerProblem(status, title, HttpHeaders.CONTENT_TYPE, header(headers, HttpHeaders.CONTENT_TYPE),
                    "is not accepted here; send " + JSON);
                break;
            case 400:
                problem = Problems.of(status, title, "The request could not be read (a parameter or the body has the wrong form)");
                break;
            default:
                problem = Problems.of(status, title, status >= 500
                    ? "The server could not answer this request" : "The request was refused (" + title + ")");
        }
        if (status == 405 && allow != null) {
            return Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
        }
        return problem;
    }

    private static Response headerProblem(int status, String title, String header, String sent, String message) {
        String text = (sent == null ? "(missing) " : "'" + sent + "' ") + message;
        return Problems.response(status, title, header + ": " + text, List.of(new FieldError(header, text)), Map.of());
    }

    private static String header(HttpHeaders headers, String name) {
        if (headers == null) {
            return null;
        }
        try {
            String value = headers.getHeaderString(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            value = value.strip();
            return value.length() > 200 ? value.substring(0, 200) + "…" : value;
        } catch (IllegalStateException outsideRequest) {
            return null;
        }
    }
}
