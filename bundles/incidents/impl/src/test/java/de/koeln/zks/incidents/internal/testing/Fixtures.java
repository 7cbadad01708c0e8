package de.koeln.zks.incidents.internal.testing;

import java.time.OffsetDateTime;
import java.util.Set;

import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentKind;
import de.koeln.zks.incidents.api.Location;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;

/** Callers and inputs the tests share. */
public final class Fixtures {
    public static final Caller ANNA = new Caller("anna", Set.of(Roles.EMPLOYEE));
    public static final Caller BERT = new Caller("bert", Set.of(Roles.EMPLOYEE));
    public static final Caller SAM = new Caller("sam", Set.of(Roles.SECURITY_MANAGER));
    public static final Caller ADA = new Caller("ada", Set.of(Roles.ADMIN));
    public static final Caller RITA = new Caller("rita", Set.of(Roles.RESPONDER));

    private Fixtures() {
    }

    /** The exact sample request of the API documentation. */
    public static IncidentInput sample() {
        IncidentInput in = new IncidentInput();
        in.occurredAt = OffsetDateTime.parse("2026-11-20T10:15:00+01:00");
        in.unit = "Bürgeramt Innenstadt";
        in.location = new Location();
        in.location.building = "Laurenzplatz 4";
        in.location.room = "E.12";
        in.kind = IncidentKind.THREAT;
        in.level = 2;
        in.description = "Kunde drohte mit Schlägen";
        in.policeCalled = true;
        return in;
    }

    public static IncidentInput input(String occurredAt, String unit, IncidentKind kind, int level) {
        IncidentInput in = sample();
        in.occurredAt = OffsetDateTime.parse(occurredAt);
        in.unit = unit;
        in.kind = kind;
        in.level = level;
        return in;
    }
}
