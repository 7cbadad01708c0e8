/**
 * Consultations, inspections and written statements of the security management: versioned checklist templates,
 * inspections of a unit's workplaces answered item by item, the findings derived from deficient items with their
 * risk rating, the measures that follow with owner unit and due date, and the EventAdmin topics the module posts.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package de.koeln.zks.inspections.api;
