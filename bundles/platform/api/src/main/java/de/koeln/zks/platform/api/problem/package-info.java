/**
 * Errors that services throw and the REST layer turns into {@code application/problem+json}
 * (RFC 9457): each carries its HTTP status, a title, a detail and, for bad input, every offending field.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package de.koeln.zks.platform.api.problem;
