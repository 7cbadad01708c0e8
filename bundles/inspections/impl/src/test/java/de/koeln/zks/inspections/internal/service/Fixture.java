package de.koeln.zks.inspections.internal.service;

import java.time.LocalDate;
import java.util.List;

import de.koeln.zks.inspections.api.Inspection;
import de.koeln.zks.inspections.api.ItemCategory;
import de.koeln.zks.inspections.api.Location;
import de.koeln.zks.inspections.api.Template;
import de.koeln.zks.platform.testing.FakeUsers;
import de.koeln.zks.platform.testing.MutableClock;
import de.koeln.zks.platform.testing.RecordingAudit;
import de.koeln.zks.platform.testing.RecordingEvents;
import de.koeln.zks.platform.testing.TestDatabase;

/**
 * The module's services on one in-memory database, with a two-item template ("alarm", "escape", both required)
 * and an inspection of {@link InspectionServiceTest#UNIT} planned with it. Close it after each test.
 */
final class Fixture implements AutoCloseable {
    final MutableClock clock;
    final RecordingAudit audit = new RecordingAudit();
    final RecordingEvents events = new RecordingEvents();
    final FakeUsers users = new FakeUsers().with("eva", InspectionServiceTest.UNIT).with("otto", "Jobcenter Mülheim");
    final TestDatabase db = new TestDatabase("zks-inspections");
    final JpaTemplateService templates;
    final JpaInspectionService inspections;
    final JpaStatementService statements;
    final long template;

    Fixture(String now) {
        clock = new MutableClock(now);
        templates = new JpaTemplateService(db.jpa, audit, clock);
        inspections = new JpaInspectionService(db.jpa, audit, users, events, clock);
        statements = new JpaStatementService(db.jpa, audit, users, events, clock);
        Template t = new Template();
        t.name = "Publikumsverkehr";
        t.items = List.of(InspectionServiceTest.item("alarm", ItemCategory.TECHNICAL, 0),
            InspectionServiceTest.item("escape", ItemCategory.BUILDING, 0));
        template = templates.create(InspectionServiceTest.SAM, t).id;
    }

    /** An inspection of the unit at Laurenzplatz 4, room E.12, level 2. */
    Inspection plan(String scheduledFor) {
        Inspection i = new Inspection();
        i.template = template;
        i.unit = InspectionServiceTest.UNIT;
        i.location = location("Laurenzplatz 4", "E.12");
        i.scheduledFor = LocalDate.parse(scheduledFor);
        i.riskLevel = 2;
        return inspections.plan(InspectionServiceTest.SAM, i);
    }

    static Location location(String building, String room) {
        Location l = new Location();
        l.building = building;
        l.room = room;
        return l;
    }

    @Override
    public void close() {
        db.close();
    }
}
