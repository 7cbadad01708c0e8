package de.koeln.zks.incidents.internal.retention;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration {@value #PID}: retention of personal data in incident reports. */
@ObjectClassDefinition(name = "ZKS Incidents", description = "Retention of personal data in incident reports")
public @interface IncidentsConfig {
    String PID = "de.koeln.zks.incidents";
    /** Five years: the accident insurer's minimum for first-aid records. */
    int DEFAULT_RETENTION_DAYS = 1825;

    @AttributeDefinition(name = "Retention (days)", min = "1", description = "Days after the last status change of a "
        + "closed or rejected incident before its personal fields are erased; 1825 (5 years) is the accident "
        + "insurer's minimum for first-aid records")
    int retentionDays() default DEFAULT_RETENTION_DAYS;

    @AttributeDefinition(name = "Retention check (hours)", min = "1", description = "Hours between two retention runs")
    int retentionCheckHours() default 24;
}
