package de.koeln.zks.platform.api;

import java.util.ArrayList;
import java.util.List;

/** What the platform knows of a person beyond the realm: display name, units and workstation. */
public class UserProfile {
    /** The login name in the realm. */
    public String name;
    public String displayName;
    /** The organisational units the person belongs to, e.g. {@code Bürgeramt Innenstadt}. */
    public List<String> units = new ArrayList<>();
    /** The registered workstation (alarm point id), if any. */
    public String workstation;
    public Long version;
}
