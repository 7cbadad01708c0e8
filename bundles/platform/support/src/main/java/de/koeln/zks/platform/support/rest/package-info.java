/** JAX-RS helpers of the platform's REST conventions: the caller of a request, created answers, ETags, optional bodies, read-only fields sent back. */
@org.osgi.annotation.versioning.Version("1.2.0")
package de.koeln.zks.platform.support.rest;
