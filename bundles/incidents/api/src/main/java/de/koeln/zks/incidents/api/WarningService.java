package de.koeln.zks.incidents.api;

import org.osgi.annotation.versioning.ProviderType;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;

/**
 * The warning register and the pre-contact check. Entries are proposed by one security manager and become
 * active only when a second one approves them; active entries expire on their date and are erased a
 * configured time later. Staff ({@code employee}) only check; security managers and admins keep the register
 * and read the audit of checks. Errors are the platform's {@code ApiException}s.
 *
 * @since 1.2
 */
@ProviderType
public interface WarningService {

    /** Stores a proposal ({@code PROPOSED}), which another security manager approves or rejects. */
    Warning propose(Caller caller, Warning warning);

    Warning get(Caller caller, long id);

    Page<Warning> list(Caller caller, WarningQuery query, int offset, int limit);

    /** Makes a proposal active; never by its proposer. {@code expectedVersion} null means "any". */
    Warning approve(Caller caller, long id, Long expectedVersion);

    /** Turns a proposal down with a reason; never by its proposer (who withdraws instead). */
    Warning reject(Caller caller, long id, String reason, Long expectedVersion);

    /** Ends a proposal or an active entry at once, with a reason. */
    Warning withdraw(Caller caller, long id, String reason, Long expectedVersion);

    /** Records the review of an active entry: next review date, optionally an earlier expiry. */
    Warning review(Caller caller, long id, WarningReview review, Long expectedVersion);

    /**
     * The pre-contact check: finds active entries for the person and answers only yes/no, the level and the
     * advice. Every check is audited with its purpose, also those that find nothing.
     */
    WarningCheckResult check(Caller caller, WarningCheck check);

    /** The audited checks, newest first. */
    Page<WarningCheckRecord> checks(Caller caller, CheckQuery query, int offset, int limit);

    CheckStatistics checkStatistics(Caller caller, CheckQuery query);

    /**
     * Housekeeping: expires active entries past their date, erases ended entries and checks older than the
     * configured periods, and posts a reminder for every review that has come and was not reminded yet.
     */
    Housekeeping housekeeping(Caller caller);

    /** What one {@link #housekeeping} run did. */
    record Housekeeping(int expired, int erasedEntries, int erasedChecks, int reviewsReminded) {
    }
}
