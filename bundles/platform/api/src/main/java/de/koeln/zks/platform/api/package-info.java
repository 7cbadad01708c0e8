/**
 * The platform's contract with its modules: who is calling ({@link de.koeln.zks.platform.api.Caller}),
 * the user directory, the audit trail and paged results.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package de.koeln.zks.platform.api;
