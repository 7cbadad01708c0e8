package de.koeln.zks.inspections.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A checklist template in one version. A version that an inspection uses is never changed: a change makes the next
 * version (a new id), and old inspections keep theirs. Clients send {@code name}, {@code description} and
 * {@code items}; {@code version} counts the versions of a name from 1.
 */
public class Template {
    public Long id;
    public String name;
    public String description;
    /** The template version: 1, 2, ... per name. */
    public Integer version;
    public List<ChecklistItem> items = new ArrayList<>();
    /** The id of the version this one replaced, if any. */
    public Long supersedes;
    /** Whether an inspection uses this version (then it is never changed in place). */
    public boolean inUse;
    /** Whether this is the newest version of its name. */
    public boolean latest;
    public String createdBy;
    public OffsetDateTime createdAt;
    /** The optimistic-locking revision, also the ETag. */
    public Long revision;
}
