package de.koeln.zks.inspections.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.koeln.zks.platform.api.Caller;

/** Checklist templates with versions. Security managers keep them; all staff read them. */
@ProviderType
public interface TemplateService {

    /** A new template: version 1 of its name (a name already in use is refused). */
    Template create(Caller caller, Template template);

    /**
     * Changes a template: in place while no inspection uses it, otherwise as the next version (a new id) that
     * becomes the latest; the answer is the version that now holds the change. Only the latest version is changed.
     */
    Template change(Caller caller, long id, Template template, Long expectedRevision);

    Template get(Caller caller, long id);

    /** @param all every version, not only the latest of each name */
    List<Template> list(Caller caller, boolean all);
}
