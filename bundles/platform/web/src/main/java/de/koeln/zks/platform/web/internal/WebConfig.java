package de.koeln.zks.platform.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "ZKS web page", description = "The web page at / and its parts")
public @interface WebConfig {

    @AttributeDefinition(description = "Language of the page's texts when the user has not chosen one "
        + "(a language is a file i18n/{language}.json of the shell and of each part; German is complete)")
    String language() default "de";

    @AttributeDefinition(description = "Languages the user may choose, comma-separated")
    String languages() default "de,en";

    @AttributeDefinition(description = "Keyboard shortcut that raises a silent alarm for the user's workstation "
        + "on every page (modifiers Ctrl, Alt, Shift, Meta and one key, e.g. Ctrl+Alt+A); empty turns it off")
    String alarmShortcut() default "Ctrl+Alt+A";
}
