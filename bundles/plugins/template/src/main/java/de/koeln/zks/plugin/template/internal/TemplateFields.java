package de.koeln.zks.plugin.template.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import de.koeln.zks.platform.spi.ExtraField;
import de.koeln.zks.platform.spi.ExtraFieldProvider;
import de.koeln.zks.platform.spi.ExtraFieldType;

/**
 * Extra fields on the incident reports of the plugin's units ({@code ZKS-Plugin-Units} in the pom). Replace the example
 * field by yours: types TEXT, NUMBER, BOOLEAN, DATE, CHOICE; labels are what the forms show.
 */
@Component(service = ExtraFieldProvider.class)
public class TemplateFields implements ExtraFieldProvider {
    public static final String NOTE = "departmentNote";

    @Override
    public String module() {
        return "incidents";
    }

    @Override
    public List<ExtraField> fields() {
        ExtraField note = new ExtraField(NOTE, "Hinweis des Amtes", ExtraFieldType.TEXT, false, null);
        note.maxLength = 200;
        return List.of(note);
    }
}
