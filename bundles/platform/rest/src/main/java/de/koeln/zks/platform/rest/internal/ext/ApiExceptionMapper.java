package de.koeln.zks.platform.rest.internal.ext;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import de.koeln.zks.platform.api.problem.ApiException;

/** Errors the services raise on purpose: their status, title, detail and fields as they are. */
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Override
    public Response toResponse(ApiException e) {
        return Problems.of(e);
    }
}
