/**
 * The duty rulebook: which follow-up steps a report of violence against staff requires (Aachener Modell,
 * statutory accident insurance, criminal law periods), who does them and by when, and which level to suggest
 * per kind of incident.
 *
 * <p>The rules are configuration, not code, because they follow the city's service agreements and change with
 * them; the file shipped to operators ({@code de.koeln.zks.incidents.duties.cfg}) documents every key and is
 * at the same time the built-in default, so the two cannot drift apart.
 */
package de.koeln.zks.incidents.internal.duties;
