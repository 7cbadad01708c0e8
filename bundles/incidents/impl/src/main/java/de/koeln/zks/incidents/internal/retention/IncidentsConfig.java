package de.koeln.zks.incidents.internal.retention;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration {@value #PID}: retention of personal data in incident reports, the warning register's periods,
 * and how often duties and reviews are reminded.
 */
@ObjectClassDefinition(name = "ZKS Incidents", description = "Retention of personal data in incident reports, "
    + "the warning register and the reminders of duties")
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

    @AttributeDefinition(name = "Reminder check (minutes)", min = "1", description = "Minutes between two runs that "
        + "remind due and overdue duties and due reviews of warning entries, and expire warning entries")
    int reminderCheckMinutes() default 15;

    @AttributeDefinition(name = "Longest validity of a warning entry (days)", min = "1", description = "A warning "
        + "entry's expiry date may be at most this many days ahead; a longer need is a new proposal")
    int warningMaxValidityDays() default 1095;

    @AttributeDefinition(name = "Review of warning entries (months)", min = "1", description = "Default time from the "
        + "proposal to the first review of a warning entry (at the latest its expiry date)")
    int warningReviewMonths() default 12;

    @AttributeDefinition(name = "Erasure of ended warning entries (days)", min = "0", description = "Days after a warning "
        + "entry expired, was withdrawn or rejected before it is erased")
    int warningEraseDays() default 90;

    @AttributeDefinition(name = "Retention of pre-contact checks (days)", min = "1", description = "Days the audit of "
        + "pre-contact checks (who checked whom, why) is kept before it is erased")
    int checkRetentionDays() default 730;

    @AttributeDefinition(name = "Legal basis of warning entries", description = "The legal basis and purpose recorded "
        + "with a warning entry when its proposal names none")
    String warningLegalBasis() default "Schutz der Beschäftigten vor Gewalt am Arbeitsplatz (Fürsorgepflicht, Arbeitsschutz)";
}
