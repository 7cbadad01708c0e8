package de.koeln.zks.platform.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "ZKS platform security", description = "Authentication of API callers")
public @interface SecurityConfig {

    @AttributeDefinition(description = "JAAS realm the API authenticates against (karaf = etc/users.properties; "
        + "an LDAP/Active Directory realm deployed as a JAAS realm can be named here)")
    String realm() default "karaf";

    @AttributeDefinition(description = "Seconds a successful API login is remembered (0 = check every request). "
        + "Password and role changes reach the API after at most this time.")
    int loginCacheSeconds() default 30;

    @AttributeDefinition(description = "How many remembered logins are kept at most")
    int loginCacheSize() default 10000;

    @AttributeDefinition(description = "Minutes a web page session stays open without a request (the page asks "
        + "every few minutes while it is open)")
    int sessionIdleMinutes() default 30;

    @AttributeDefinition(description = "Hours after which a web page session ends even while in use (a work day)")
    int sessionMaxHours() default 10;

    @AttributeDefinition(description = "How many web page sessions may be open at once; the oldest ends first")
    int sessionLimit() default 50000;
}
