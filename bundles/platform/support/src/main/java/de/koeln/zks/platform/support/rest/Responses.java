package de.koeln.zks.platform.support.rest;

import java.net.URI;

import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/** The answers of the REST conventions: 201 with {@code Location}, and records with their ETag. */
public final class Responses {

    private Responses() {
    }

    /** 201 Created, {@code Location} = request path + "/" + id, ETag from the version. */
    public static Response created(UriInfo uri, Object id, Object entity, long version) {
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(id)).build();
        return Response.created(location).tag(etag(version)).entity(entity).build();
    }

    /** 200 with the record and its ETag. */
    public static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(etag(version)).build();
    }

    public static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }
}
