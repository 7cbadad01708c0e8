/** JAX-RS helpers of the platform's REST conventions: the caller of a request, created answers, ETags, optional bodies. */
@org.osgi.annotation.versioning.Version("1.1.0")
package de.koeln.zks.platform.support.rest;
