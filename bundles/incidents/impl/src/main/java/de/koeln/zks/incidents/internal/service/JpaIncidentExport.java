package de.koeln.zks.incidents.internal.service;

import java.util.List;
import java.util.function.Consumer;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentExport;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.internal.domain.Access;
import de.koeln.zks.incidents.internal.jpa.IncidentQueries;
import de.koeln.zks.platform.api.Caller;

/**
 * Delivers the rows of an export page by page (keyset on the id, up to the highest id that matched when the
 * export was made), each page read in its own short transaction and handed on outside it, so that a slow
 * client holds no transaction and no memory beyond one page.
 */
final class JpaIncidentExport implements IncidentExport {
    static final int PAGE = 500;

    private final JpaTemplate jpa;
    private final Caller caller;
    private final IncidentQuery query;
    private final long matched;
    private final int rows;
    private final long maxId;

    JpaIncidentExport(JpaTemplate jpa, Caller caller, IncidentQuery query, long matched, int rows, long maxId) {
        this.jpa = jpa;
        this.caller = caller;
        this.query = query;
        this.matched = matched;
        this.rows = rows;
        this.maxId = maxId;
    }

    @Override
    public long matched() {
        return matched;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public void forEach(Consumer<Incident> sink) {
        long afterId = 0;
        int delivered = 0;
        while (delivered < rows) {
            long after = afterId;
            int limit = Math.min(PAGE, rows - delivered);
            List<Incident> page = jpa.txExpr(TransactionType.Supports, em ->
                IncidentQueries.exportPage(em, query, after, maxId, limit).stream()
                    .map(e -> Access.redact(e.toDto(), caller)).toList());
            if (page.isEmpty()) {
                return;
            }
            page.forEach(sink);
            delivered += page.size();
            afterId = page.get(page.size() - 1).id;
        }
    }
}
