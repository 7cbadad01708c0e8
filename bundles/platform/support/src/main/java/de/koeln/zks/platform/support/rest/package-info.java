/** JAX-RS helpers of the platform's REST conventions: the caller of a request, created answers, ETags. */
@org.osgi.annotation.versioning.Version("1.0.0")
package de.koeln.zks.platform.support.rest;
