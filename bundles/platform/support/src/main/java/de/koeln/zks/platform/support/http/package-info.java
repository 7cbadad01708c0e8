/**
 * What the REST applications and a module's own servlets under {@code /api} share: the one JSON configuration,
 * authentication of a request (HTTP Basic or the web page's session cookie), problem+json answers.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package de.koeln.zks.platform.support.http;
