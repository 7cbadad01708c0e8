package de.koeln.zks.platform.rest.internal.ext;

import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import de.koeln.zks.platform.api.problem.ApiException;
import de.koeln.zks.platform.support.Transactions;

/**
 * The last resort: an unexpected failure is logged with a reference the client gets, never with a stack
 * trace to the client. Known problems found inside wrappers are answered as themselves.
 */
public class ThrowableMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ThrowableMapper.class);

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        Response known = known(e);
        if (known != null) {
            return known;
        }
        if (e instanceof WebApplicationException wae) {
            return WebApplicationExceptionMapper.problem(wae, headers);
        }
        if (Transactions.isContention(e)) {
            LOG.warn("The database gave up a transaction for contention after {} attempts", Transactions.ATTEMPTS);
            return Response.fromResponse(Problems.of(503, "Service Unavailable",
                "The database is busy; nothing of this request was stored. Try again.")).header("Retry-After", "1").build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected error, reference {}", reference, e);
        return Problems.of(500, "Internal Server Error",
            "An unexpected error occurred; nothing of this request may have been stored. Reference: " + reference);
    }

    /** A problem of ours, a JSON reading error, or an optimistic-lock conflict anywhere in the cause chain. */
    static Response known(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApiException api) {
                return Problems.of(api);
            }
            if (t instanceof JsonProcessingException json) {
                return Problems.of(JsonProblems.toValidation(json, null));
            }
            if (t.getClass().getName().equals("javax.persistence.OptimisticLockException")) {
                return Problems.of(409, "Conflict", "The record was changed at the same time by someone else; reload and try again");
            }
        }
        return null;
    }
}
