package de.koeln.zks.platform.rest.internal.ext;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "ZKS REST", description = "Limits of the REST API")
public @interface RestConfig {

    @AttributeDefinition(description = "Largest accepted request body in bytes")
    long maxBodyBytes() default 8L * 1024 * 1024;
}
