package de.koeln.zks.incidents.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;

import de.koeln.zks.incidents.api.Warning;
import de.koeln.zks.incidents.api.WarningCheck;
import de.koeln.zks.incidents.api.WarningReview;
import de.koeln.zks.incidents.internal.warnings.FileReference;
import de.koeln.zks.incidents.internal.warnings.PersonName;
import de.koeln.zks.platform.support.Validator;

/** The rules of warning entries, checks and reviews; as {@link IncidentValidation}, clean copies. */
public final class WarningValidation {
    public static final int MAX_NAME = 300;
    public static final int MAX_FILE_REFERENCE = 100;
    public static final int MAX_ADDRESS = 500;
    public static final int MAX_ADVICE = 2000;
    public static final int MAX_LEGAL_BASIS = 500;
    public static final int MAX_INCIDENTS = 100;
    public static final int MAX_REASON = 1000;
    /** Nobody checked or entered was born before this; an earlier date is a typing error. */
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** The periods of the register, from the module's configuration. */
    public record Periods(int maxValidityDays, int reviewMonths, String defaultLegalBasis) {
    }

    private WarningValidation() {
    }

    /** A proposal: the person, the danger, the incidents, expiry and review dates ({@code reviewOn} defaulted). */
    public static Warning proposal(Validator v, Warning in, LocalDate today, Periods periods) {
        if (in == null) {
            v.reject(IncidentValidation.BODY, "is required");
            return null;
        }
        Warning out = new Warning();
        out.name = name(v, in.name);
        out.birthDate = birthDate(v, in.birthDate, today);
        out.fileReference = fileReference(v, in.fileReference);
        if (out.birthDate == null && out.fileReference == null && in.birthDate == null) {
            v.reject("birthDate", "name the person narrowly: give the birth date, the file reference or both");
        }
        out.department = v.text("department", in.department, IncidentValidation.MAX_UNIT);
        out.address = v.text("address", in.address, MAX_ADDRESS);
        out.level = v.range("level", v.required("level", in.level), 1, 3);
        out.kind = v.required("kind", in.kind);
        out.advice = v.requiredText("advice", in.advice, MAX_ADVICE);
        out.avoid = v.text("avoid", in.avoid, MAX_ADVICE);
        String legalBasis = v.text("legalBasis", in.legalBasis, MAX_LEGAL_BASIS);
        out.legalBasis = legalBasis != null ? legalBasis : periods.defaultLegalBasis();
        out.incidents = new ArrayList<>();
        if (in.incidents == null || in.incidents.isEmpty()) {
            v.reject("incidents", "name the incidents the entry rests on");
        } else {
            v.maxItems("incidents", in.incidents, MAX_INCIDENTS);
            for (int i = 0; i < in.incidents.size(); i++) {
                Long id = v.required("incidents[" + i + "]", in.incidents.get(i));
                if (id != null && !out.incidents.contains(id)) {
                    out.incidents.add(id);
                }
            }
        }
        out.expiresOn = v.required("expiresOn", in.expiresOn);
        LocalDate latest = today.plusDays(periods.maxValidityDays());
        if (out.expiresOn != null) {
            if (!out.expiresOn.isAfter(today)) {
                v.reject("expiresOn", "must be in the future");
            } else if (out.expiresOn.isAfter(latest)) {
                v.reject("expiresOn", "an entry may be valid for at most " + periods.maxValidityDays()
                    + " days, until " + latest);
            }
        }
        if (in.reviewOn != null) {
            out.reviewOn = in.reviewOn;
            if (in.reviewOn.isBefore(today)) {
                v.reject("reviewOn", "must not be in the past");
            } else if (out.expiresOn != null && in.reviewOn.isAfter(out.expiresOn)) {
                v.reject("reviewOn", "must not be after expiresOn");
            }
        } else if (out.expiresOn != null) {
            LocalDate regular = today.plusMonths(periods.reviewMonths());
            out.reviewOn = regular.isBefore(out.expiresOn) ? regular : out.expiresOn;
        }
        return out;
    }

    /** A pre-contact check: name, purpose, and a birth date or a file reference. */
    public static WarningCheck check(Validator v, WarningCheck in, LocalDate today) {
        if (in == null) {
            v.reject(IncidentValidation.BODY, "is required");
            return null;
        }
        WarningCheck out = new WarningCheck();
        out.name = name(v, in.name);
        out.birthDate = birthDate(v, in.birthDate, today);
        out.fileReference = fileReference(v, in.fileReference);
        if (in.birthDate == null && out.fileReference == null) {
            v.reject("birthDate", "give the birth date or the file reference with the name");
        }
        out.purpose = v.required("purpose", in.purpose);
        return out;
    }

    /** A review: the next review date (required, after today) and optionally an earlier expiry. */
    public static WarningReview review(Validator v, WarningReview in, LocalDate today, LocalDate currentExpiry) {
        if (in == null) {
            v.reject(IncidentValidation.BODY, "is required");
            return null;
        }
        WarningReview out = new WarningReview();
        out.expiresOn = in.expiresOn;
        LocalDate expiry = currentExpiry;
        if (in.expiresOn != null) {
            if (in.expiresOn.isAfter(currentExpiry)) {
                v.reject("expiresOn", "a review does not prolong an entry (it expires on " + currentExpiry
                    + "); propose a new entry for a longer need");
            } else if (!in.expiresOn.isAfter(today)) {
                v.reject("expiresOn", "must be in the future; withdraw the entry to end it now");
            } else {
                expiry = in.expiresOn;
            }
        }
        out.reviewOn = v.required("reviewOn", in.reviewOn);
        if (in.reviewOn != null) {
            if (!in.reviewOn.isAfter(today)) {
                v.reject("reviewOn", "must be after today");
            } else if (in.reviewOn.isAfter(expiry)) {
                v.reject("reviewOn", "must not be after the expiry date " + expiry);
            }
        }
        return out;
    }

    public static String reason(Validator v, String reason) {
        return v.requiredText("reason", reason, MAX_REASON);
    }

    private static String name(Validator v, String raw) {
        String name = v.requiredText("name", raw, MAX_NAME);
        if (name != null) {
            try {
                PersonName.of(name);
            } catch (IllegalArgumentException e) {
                v.reject("name", "must contain letters");
                return null;
            }
        }
        return name;
    }

    private static String fileReference(Validator v, String raw) {
        String reference = v.text("fileReference", raw, MAX_FILE_REFERENCE);
        if (reference != null && FileReference.normalise(reference) == null) {
            v.reject("fileReference", "must contain letters or digits");
            return null;
        }
        return reference;
    }

    private static LocalDate birthDate(Validator v, LocalDate date, LocalDate today) {
        if (date == null) {
            return null;
        }
        if (date.isAfter(today)) {
            v.reject("birthDate", "must not be in the future");
            return null;
        }
        if (date.isBefore(EARLIEST_BIRTH)) {
            v.reject("birthDate", "must not be before " + EARLIEST_BIRTH);
            return null;
        }
        return date;
    }
}
