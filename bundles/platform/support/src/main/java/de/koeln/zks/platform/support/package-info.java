/** Helpers every module's implementation shares: validation, paging, versions, CSV. */
@org.osgi.annotation.versioning.Version("1.3.0")
package de.koeln.zks.platform.support;
