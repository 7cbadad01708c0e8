/** Helpers of the platform's console commands: who is typing. */
@org.osgi.annotation.versioning.Version("1.0.0")
package de.koeln.zks.platform.support.console;
