package de.koeln.zks.platform.spi;

import java.util.ArrayList;
import java.util.List;

/** An extra field in force, with the plugin that declares it and the units it applies to (empty: every unit). */
public class DeclaredField {
    public String module;
    public String plugin;
    public List<String> units = new ArrayList<>();
    public ExtraField field;
}
