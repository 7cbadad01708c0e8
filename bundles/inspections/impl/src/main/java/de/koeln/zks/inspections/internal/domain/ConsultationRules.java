package de.koeln.zks.inspections.internal.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import de.koeln.zks.inspections.api.Consultation;
import de.koeln.zks.inspections.api.ConsultationUrgency;
import de.koeln.zks.inspections.api.Contact;
import de.koeln.zks.inspections.api.Location;
import de.koeln.zks.platform.support.Validator;

/** The rules of a consultation request and its response target; clean copies, every offending field named. */
public final class ConsultationRules {
    public static final int MAX_TOPIC = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_OUTCOME = 4000;
    public static final int MAX_REASON = 2000;
    public static final int MAX_HANDLER = 128;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()/.-]+");

    private ConsultationRules() {
    }

    /**
     * A request as stored. Staff ask for one of their units (with a single unit it is the default); security
     * managers and admins for any unit.
     */
    public static Consultation request(Validator v, Consultation in, List<String> callerUnits, boolean manager) {
        if (in == null) {
            v.reject(InspectionValidation.BODY, "is required");
            return null;
        }
        Consultation out = new Consultation();
        String unit = v.text("unit", in.unit, InspectionValidation.MAX_UNIT);
        if (unit == null && !manager && callerUnits.size() == 1) {
            unit = callerUnits.get(0);
        }
        if (unit == null) {
            v.reject("unit", callerUnits.isEmpty() && !manager
                ? "is required, and your profile names no unit: an administrator sets the units of your profile"
                : "is required");
        } else if (!manager && !callerUnits.contains(unit)) {
            v.reject("unit", "must be a unit you belong to: " + (callerUnits.isEmpty() ? "your profile names none"
                : String.join(", ", callerUnits)));
        }
        out.unit = unit;
        out.topic = v.requiredText("topic", in.topic, MAX_TOPIC);
        out.description = v.text("description", in.description, MAX_DESCRIPTION);
        out.urgency = in.urgency == null ? ConsultationUrgency.ROUTINE : in.urgency;
        out.contact = contact(v, in.contact);
        out.location = location(v, in.location);
        return out;
    }

    static Contact contact(Validator v, Contact in) {
        if (in == null) {
            v.reject("contact", "is required: a name and a phone number or an e-mail address");
            return null;
        }
        Contact out = new Contact();
        out.name = v.requiredText("contact.name", in.name, 200);
        out.phone = v.text("contact.phone", in.phone, 50);
        out.email = v.text("contact.email", in.email, 254);
        if (out.phone == null && out.email == null) {
            v.reject("contact", "needs a phone number or an e-mail address");
        }
        if (out.phone != null && (!PHONE.matcher(out.phone).matches() || out.phone.chars().filter(Character::isDigit).count() < 3)) {
            v.reject("contact.phone", "must be a phone number of digits, spaces and + ( ) / . -");
        }
        if (out.email != null && !EMAIL.matcher(out.email).matches()) {
            v.reject("contact.email", "must be an e-mail address like name@stadt-koeln.de");
        }
        return out;
    }

    /** Optional; when given, it names at least the building. */
    static Location location(Validator v, Location in) {
        if (in == null || blank(in.building) && blank(in.floor) && blank(in.room)) {
            return null;
        }
        return InspectionValidation.location(v, in);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The response target: {@code urgency}'s working days (Monday to Friday) after the day of the request. */
    public static LocalDate respondBy(LocalDate requestedOn, ConsultationUrgency urgency) {
        LocalDate day = requestedOn;
        int left = urgency.responseWorkingDays();
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
