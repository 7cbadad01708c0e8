package de.koeln.zks.incidents.api;

import java.time.LocalDate;

/**
 * A security manager's review of an active entry: the next review date (required) and, to end the entry
 * sooner, an earlier expiry date. An entry is never prolonged by a review: a longer one is proposed anew and
 * approved by a second security manager.
 */
public class WarningReview {
    public LocalDate reviewOn;
    public LocalDate expiresOn;
}
