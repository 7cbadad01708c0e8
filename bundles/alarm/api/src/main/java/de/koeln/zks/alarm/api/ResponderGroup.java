package de.koeln.zks.alarm.api;

import java.util.ArrayList;
import java.util.List;

/** A responder group; its members are user names of the realm that hold the role {@code responder}. */
public class ResponderGroup {
    /** Unique name, e.g. {@code floor-1}: letters, digits, {@code . _ -}. */
    public String name;
    public String description;
    /** Defaults to {@link GroupKind#NEARBY}. */
    public GroupKind kind;
    public List<String> members = new ArrayList<>();
    public Long version;
}
