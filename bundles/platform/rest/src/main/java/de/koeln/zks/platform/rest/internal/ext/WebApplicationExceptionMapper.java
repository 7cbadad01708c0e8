package de.koeln.zks.platform.rest.internal.ext;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/**
 * What JAX-RS itself refuses (no such path, wrong method, wrong content type, unreadable parameter),
 * and what it wrapped around a problem of ours, as problem+json instead of an HTML page.
 */
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response unwrapped = ThrowableMapper.known(e.getCause());
        if (unwrapped != null) {
            return unwrapped;
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
            : Response.Status.fromStatusCode(status).getReasonPhrase();
        Response problem = Problems.of(status, title, detail(e, status));
        if (e instanceof NotAllowedException && original != null && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(problem).header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return problem;
    }

    private static String detail(WebApplicationException e, int status) {
        if (e instanceof NotFoundException) {
            return "There is no resource at this path";
        }
        if (e instanceof NotAllowedException) {
            return "This method is not allowed here";
        }
        if (e instanceof NotSupportedException) {
            return "This content type is not accepted here; send application/json";
        }
        if (e instanceof NotAcceptableException) {
            return "None of the accepted media types can be produced here";
        }
        if (status == 400) {
            return "The request could not be read (a parameter or the body has the wrong form)";
        }
        return null;
    }
}
