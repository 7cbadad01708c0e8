package de.koeln.zks.inspections.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;

/**
 * Written statements: security managers draft and edit them; another security manager, who neither wrote nor
 * edited it, releases one (four eyes), which renders and keeps its PDF; a released statement never changes. The
 * staff of the unit read the released statements on their unit.
 */
@ProviderType
public interface StatementService {

    /** A new draft (revision 1); without a text, the text is drafted from the inspection's findings and the template. */
    Statement draft(Caller caller, Statement statement);

    /** Saves a draft's subject, text, kind, unit and location as a new revision; a released one is a conflict. */
    Statement edit(Caller caller, long id, Statement statement, Long expectedVersion);

    Statement get(Caller caller, long id);

    Page<Statement> list(Caller caller, StatementQuery query, int offset, int limit);

    /** Every revision, oldest first. */
    List<StatementRevision> revisions(Caller caller, long id);

    /** Releases a draft: not by its author nor by anyone who edited it. Renders and keeps the PDF. */
    Statement release(Caller caller, long id, Long expectedVersion);

    /** The PDF of a released statement; a draft has none (conflict). */
    StatementFile pdf(Caller caller, long id);
}
