package de.koeln.zks.incidents.internal.console;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code warning:reviews}: the active warning entries whose review is due, earliest first. */
@Service
@Command(scope = "warning", name = "reviews", description = "Lists the active warning entries whose review is due")
public class WarningReviewsCommand extends WarningListCommand {

    @Override
    public Object execute() {
        reviews = true;
        return super.execute();
    }
}
