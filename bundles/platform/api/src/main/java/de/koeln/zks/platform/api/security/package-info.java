/** Authentication of callers against the configured JAAS realm. */
@org.osgi.annotation.versioning.Version("1.1.0")
package de.koeln.zks.platform.api.security;
