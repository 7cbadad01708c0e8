/**
 * The central reporting and information system on risks to employees: incidents reported by staff
 * (insults, threats, assaults ... graded by the Aachener Modell), their triage and measures, risk notices
 * for units and locations, statistics, the duties after an incident per Aachener level (since 1.2), the
 * warning register with its pre-contact check (since 1.2), measures across incidents (since 1.4), and the EventAdmin topics the module posts (with the incident's place
 * since 1.5), and a report sent back as it was answered, with its version, to change it (since 1.6).
 */
@org.osgi.annotation.versioning.Version("1.6.0")
package de.koeln.zks.incidents.api;
