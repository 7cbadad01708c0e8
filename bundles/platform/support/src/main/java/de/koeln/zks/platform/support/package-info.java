/** Helpers every module's implementation shares: validation, paging, versions, CSV, posting events. */
@org.osgi.annotation.versioning.Version("1.5.0")
package de.koeln.zks.platform.support;
