package de.koeln.zks.platform.rest.internal.resources;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditEntry;
import de.koeln.zks.platform.api.AuditQuery;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.rest.CallerPrincipal;

/** {@code GET /api/platform/audit}: the audit trail, newest first, filtered; for admins only. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {
    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    public Page<AuditEntry> query(@QueryParam("actor") String actor, @QueryParam("module") String module,
            @QueryParam("recordType") String recordType, @QueryParam("recordId") String recordId,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        AuditQuery query = new AuditQuery();
        query.actor = actor;
        query.module = module;
        query.recordType = recordType;
        query.recordId = recordId;
        query.action = QueryParams.enumValue("action", action, AuditAction.class);
        query.from = QueryParams.periodStart("from", from);
        query.to = QueryParams.periodEnd("to", to);
        Paging paging = Paging.of(offset, limit);
        return audit.query(CallerPrincipal.of(security), query, paging.offset(), paging.limit());
    }

}
