package de.koeln.zks.inspections.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.koeln.zks.inspections.api.ChecklistItem;
import de.koeln.zks.inspections.api.Consultation;
import de.koeln.zks.inspections.api.ConsultationQuery;
import de.koeln.zks.inspections.api.ConsultationState;
import de.koeln.zks.inspections.api.ConsultationUrgency;
import de.koeln.zks.inspections.api.Contact;
import de.koeln.zks.inspections.api.Inspection;
import de.koeln.zks.inspections.api.InspectionEvents;
import de.koeln.zks.inspections.api.InspectionState;
import de.koeln.zks.inspections.api.ItemCategory;
import de.koeln.zks.inspections.api.Location;
import de.koeln.zks.inspections.api.Template;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.PreconditionFailedException;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.testing.FakeUsers;
import de.koeln.zks.platform.testing.MutableClock;
import de.koeln.zks.platform.testing.RecordingAudit;
import de.koeln.zks.platform.testing.RecordingEvents;
import de.koeln.zks.platform.testing.TestDatabase;

/** Requests for advice, who sees them, their handling from request to outcome, and the inspection one leads to. */
class ConsultationServiceTest {
    static final Caller SAM = new Caller("sam", Set.of(Roles.SECURITY_MANAGER));
    static final Caller SOPHIE = new Caller("sophie", Set.of(Roles.SECURITY_MANAGER));
    static final Caller EVA = new Caller("eva", Set.of(Roles.EMPLOYEE));
    static final Caller ERIK = new Caller("erik", Set.of(Roles.UNIT_MANAGER));
    static final Caller OTTO = new Caller("otto", Set.of(Roles.EMPLOYEE));
    static final Caller NOBODY = new Caller("nina", Set.of(Roles.EMPLOYEE));
    static final String UNIT = "Bürgeramt Innenstadt";
    static final String OTHER_UNIT = "Jobcenter Mülheim";

    /** A Wednesday. */
    final MutableClock clock = new MutableClock("2027-01-20T08:00:00Z");
    final RecordingAudit audit = new RecordingAudit();
    final RecordingEvents events = new RecordingEvents();
    final FakeUsers users = new FakeUsers().with("eva", UNIT).with("erik", UNIT, "Bürgeramt Nippes").with("otto", OTHER_UNIT);
    TestDatabase db;
    JpaTemplateService templates;
    JpaInspectionService inspections;
    JpaConsultationService consultations;

    @BeforeEach
    void start() {
        db = new TestDatabase("zks-inspections");
        templates = new JpaTemplateService(db.jpa, audit, clock);
        inspections = new JpaInspectionService(db.jpa, audit, users, events, clock);
        consultations = new JpaConsultationService(db.jpa, audit, users, events, clock);
    }

    @AfterEach
    void stop() {
        db.close();
    }

    static Consultation consultation(String unit, ConsultationUrgency urgency) {
        Consultation c = new Consultation();
        c.unit = unit;
        c.topic = "Bedrohung durch einen Kunden am Schalter";
        c.description = "Ein Kunde hat mehrfach gedroht; wie sichern wir den Schalter?";
        c.urgency = urgency;
        c.contact = new Contact();
        c.contact.name = "Eva Schmitz";
        c.contact.phone = "+49 221 221-12345";
        c.location = new Location();
        c.location.building = "Laurenzplatz 4";
        c.location.room = "E.12";
        return c;
    }

    long template() {
        ChecklistItem item = new ChecklistItem();
        item.key = "alarm";
        item.category = ItemCategory.TECHNICAL;
        item.question = "Stiller Alarm vorhanden?";
        item.fromLevel = 0;
        Template t = new Template();
        t.name = "Publikumsverkehr";
        t.items = List.of(item);
        return templates.create(SAM, t).id;
    }

    static Inspection plan(Long template) {
        Inspection i = new Inspection();
        i.template = template;
        i.scheduledFor = LocalDate.parse("2027-02-01");
        i.riskLevel = 2;
        return i;
    }

    static List<String> fields(ValidationException e) {
        return e.errors().stream().map(f -> f.field).toList();
    }

    @Test
    void staffAskForTheirOwnUnitWithAResponseTargetByUrgencyAndEveryMistakeIsNamed() {
        Consultation urgent = consultations.request(EVA, consultation(null, ConsultationUrgency.URGENT));
        assertThat(urgent.unit).as("the only unit of the requester").isEqualTo(UNIT);
        assertThat(urgent.state).isEqualTo(ConsultationState.REQUESTED);
        assertThat(urgent.requestedBy).isEqualTo("eva");
        assertThat(urgent.respondBy).as("two working days after a Wednesday").isEqualTo(LocalDate.parse("2027-01-22"));
        assertThat(urgent.contact.phone).isEqualTo("+49 221 221-12345");
        assertThat(urgent.location.room).isEqualTo("E.12");
        assertThat(events.on(InspectionEvents.CONSULTATION_REQUESTED)).singleElement().satisfies(e -> {
            assertThat(e.getProperty(InspectionEvents.CONSULTATION)).isEqualTo(urgent.id);
            assertThat(e.getProperty(InspectionEvents.URGENCY)).isEqualTo("URGENT");
            assertThat(e.getProperty(InspectionEvents.UNIT)).isEqualTo(UNIT);
        });
        assertThat(audit.of(AuditAction.CREATE)).extracting(l -> l.recordType()).containsExactly("consultation");

        Consultation routine = consultation(UNIT, null);
        routine.location = null;
        routine.contact.phone = null;
        routine.contact.email = "eva.schmitz@stadt-koeln.de";
        Consultation stored = consultations.request(EVA, routine);
        assertThat(stored.urgency).isEqualTo(ConsultationUrgency.ROUTINE);
        assertThat(stored.respondBy).isEqualTo(LocalDate.parse("2027-02-03"));
        assertThat(stored.location).isNull();

        Consultation bad = consultation(UNIT, ConsultationUrgency.SOON);
        bad.topic = " ";
        bad.description = "x".repeat(4001);
        bad.contact.phone = null;
        bad.location.building = null;
        assertThatThrownBy(() -> consultations.request(EVA, bad)).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(fields(e)).containsExactlyInAnyOrder("topic", "description", "contact", "location.building"));
        Consultation badEmail = consultation(UNIT, null);
        badEmail.contact.email = "eva.schmitz(at)stadt-koeln";
        badEmail.contact.phone = "ruf mich an";
        assertThatThrownBy(() -> consultations.request(EVA, badEmail)).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(fields(e)).containsExactlyInAnyOrder("contact.email", "contact.phone"));
        assertThatThrownBy(() -> consultations.request(EVA, consultation(OTHER_UNIT, null)))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("unit"));
        assertThatThrownBy(() -> consultations.request(ERIK, consultation(null, null)))
            .as("two units: which one must be said").isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(fields(e)).containsExactly("unit"));
        assertThatThrownBy(() -> consultations.request(NOBODY, consultation(null, null)))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("administrator"));
        assertThatThrownBy(() -> consultations.request(new Caller("guest", Set.of()), consultation(UNIT, null)))
            .isInstanceOf(ForbiddenException.class);
        assertThat(consultations.request(SAM, consultation(OTHER_UNIT, null)).unit).as("security managers for any unit")
            .isEqualTo(OTHER_UNIT);
        assertThat(consultations.list(SAM, null, 0, 10).total).isEqualTo(3);
    }

    @Test
    void staffSeeTheirUnitsConsultationsSecurityManagersSeeAllOpenOnesByUrgencyThenAge() {
        Consultation routine = consultations.request(EVA, consultation(UNIT, ConsultationUrgency.ROUTINE));
        clock.advance(Duration.ofMinutes(5));
        Consultation urgentLater = consultations.request(ERIK, consultation(UNIT, ConsultationUrgency.URGENT));
        clock.advance(Duration.ofMinutes(5));
        Consultation soon = consultations.request(OTTO, consultation(OTHER_UNIT, ConsultationUrgency.SOON));
        clock.advance(Duration.ofMinutes(5));
        Consultation urgentLatest = consultations.request(SAM, consultation(OTHER_UNIT, ConsultationUrgency.URGENT));

        ConsultationQuery open = new ConsultationQuery();
        open.open = true;
        assertThat(consultations.list(SAM, open, 0, 10).items).extracting(c -> c.id)
            .containsExactly(urgentLater.id, urgentLatest.id, soon.id, routine.id);
        assertThat(consultations.list(EVA, open, 0, 10).items).extracting(c -> c.id).containsExactly(urgentLater.id, routine.id);
        assertThat(consultations.get(EVA, urgentLater.id).requestedBy).as("a colleague's of the same unit").isEqualTo("erik");
        assertThat(consultations.list(OTTO, null, 0, 10).items).extracting(c -> c.id)
            .as("newest first without open").containsExactly(urgentLatest.id, soon.id);
        assertThatThrownBy(() -> consultations.get(OTTO, routine.id)).isInstanceOf(NotFoundException.class);
        assertThat(consultations.list(NOBODY, null, 0, 10).total).isZero();

        ConsultationQuery filtered = new ConsultationQuery();
        filtered.urgency = ConsultationUrgency.URGENT;
        filtered.unit = UNIT;
        assertThat(consultations.list(SAM, filtered, 0, 10).items).extracting(c -> c.id).containsExactly(urgentLater.id);
        assertThat(consultations.list(SAM, open, 1, 2).items).extracting(c -> c.id).containsExactly(urgentLatest.id, soon.id);
        assertThat(consultations.list(SAM, open, 1, 2).total).isEqualTo(4);

        clock.advance(Duration.ofDays(3));
        assertThat(consultations.get(SAM, urgentLater.id).overdue).as("urgent, not taken after two working days").isTrue();
        assertThat(consultations.get(SAM, soon.id).overdue).isFalse();
        consultations.take(SAM, urgentLater.id, null, null);
        assertThat(consultations.get(SAM, urgentLater.id).overdue).isFalse();
    }

    @Test
    void aConsultationIsTakenHandedOverAndClosedOnceWithItsOutcome() {
        Consultation c = consultations.request(EVA, consultation(UNIT, ConsultationUrgency.SOON));
        assertThatThrownBy(() -> consultations.take(EVA, c.id, null, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> consultations.close(EVA, c.id, "erledigt", null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> consultations.take(SAM, c.id, null, c.version + 1)).isInstanceOf(PreconditionFailedException.class);

        Consultation taken = consultations.take(SAM, c.id, null, c.version);
        assertThat(taken.state).isEqualTo(ConsultationState.IN_PROGRESS);
        assertThat(taken.handler).isEqualTo("sam");
        assertThat(taken.takenAt).isNotNull();
        Consultation handedOver = consultations.take(SAM, c.id, "sophie", taken.version);
        assertThat(handedOver.handler).isEqualTo("sophie");
        assertThat(handedOver.takenAt).as("the first response counts").isEqualTo(taken.takenAt);

        assertThatThrownBy(() -> consultations.close(SOPHIE, c.id, " ", null))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("outcome"));
        clock.advance(Duration.ofHours(2));
        Consultation closed = consultations.close(SOPHIE, c.id, "Schalter mit Tresenerhöhung und Alarmknopf sichern", null);
        assertThat(closed.state).isEqualTo(ConsultationState.CLOSED);
        assertThat(closed.outcome).startsWith("Schalter");
        assertThat(closed.closedAt).isEqualTo("2027-01-20T10:00:00Z");
        assertThat(events.on(InspectionEvents.CONSULTATION_CLOSED)).singleElement()
            .satisfies(e -> assertThat(e.getProperty(InspectionEvents.STATE)).isEqualTo("CLOSED"));

        assertThatThrownBy(() -> consultations.close(SAM, c.id, "noch einmal", null)).isInstanceOf(ConflictException.class)
            .hasMessageContaining("already CLOSED");
        assertThatThrownBy(() -> consultations.decline(SAM, c.id, "doch nicht", null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> consultations.take(SAM, c.id, null, null)).isInstanceOf(ConflictException.class);
        Consultation after = consultations.get(EVA, c.id);
        assertThat(after.version).as("nothing changed").isEqualTo(closed.version);
        assertThat(after.outcome).isEqualTo(closed.outcome);
        assertThat(events.on(InspectionEvents.CONSULTATION_CLOSED)).hasSize(1);

        ConsultationQuery open = new ConsultationQuery();
        open.open = true;
        assertThat(consultations.list(SAM, open, 0, 10).total).isZero();
    }

    @Test
    void aConsultationIsDeclinedWithAReason() {
        Consultation c = consultations.request(EVA, consultation(UNIT, null));
        assertThatThrownBy(() -> consultations.decline(SAM, c.id, null, null))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("reason"));
        Consultation declined = consultations.decline(SAM, c.id, "Zuständig ist die Gebäudewirtschaft", null);
        assertThat(declined.state).isEqualTo(ConsultationState.DECLINED);
        assertThat(declined.reason).isEqualTo("Zuständig ist die Gebäudewirtschaft");
        assertThat(declined.handler).isEqualTo("sam");
        assertThat(consultations.get(EVA, c.id).state).isEqualTo(ConsultationState.DECLINED);
        assertThat(events.on(InspectionEvents.CONSULTATION_CLOSED)).singleElement()
            .satisfies(e -> assertThat(e.getProperty(InspectionEvents.STATE)).isEqualTo("DECLINED"));
        assertThatThrownBy(() -> consultations.planInspection(SAM, c.id, plan(template()), null))
            .isInstanceOf(ConflictException.class).hasMessageContaining("DECLINED");
        assertThatThrownBy(() -> consultations.close(SAM, c.id, "doch", null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anInspectionIsPlannedFromAConsultationOnceForItsUnitAndPlace() {
        long template = template();
        Consultation c = consultations.request(EVA, consultation(UNIT, ConsultationUrgency.URGENT));
        assertThatThrownBy(() -> consultations.planInspection(EVA, c.id, plan(template), null))
            .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> consultations.planInspection(SAM, c.id, plan(999L), null))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("template"));
        Inspection elsewhere = plan(template);
        elsewhere.unit = OTHER_UNIT;
        elsewhere.scheduledFor = null;
        assertThatThrownBy(() -> consultations.planInspection(SAM, c.id, elsewhere, null))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactlyInAnyOrder("unit", "scheduledFor"));
        assertThat(consultations.get(SAM, c.id).inspection).as("nothing stored by the refused attempts").isNull();
        assertThat(inspections.list(SAM, null, 0, 10).total).isZero();

        Inspection planned = consultations.planInspection(SAM, c.id, plan(template), c.version);
        assertThat(planned.unit).isEqualTo(UNIT);
        assertThat(planned.location.building).as("the consultation's place").isEqualTo("Laurenzplatz 4");
        assertThat(planned.riskLevel).isEqualTo(2);
        assertThat(planned.state).isEqualTo(InspectionState.PLANNED);
        assertThat(planned.consultation).isEqualTo(c.id);
        assertThat(inspections.get(EVA, planned.id).consultation).isEqualTo(c.id);
        Consultation linked = consultations.get(EVA, c.id);
        assertThat(linked.inspection).isEqualTo(planned.id);
        assertThat(linked.state).as("planning takes it").isEqualTo(ConsultationState.IN_PROGRESS);
        assertThat(linked.handler).isEqualTo("sam");

        assertThatThrownBy(() -> consultations.planInspection(SOPHIE, c.id, plan(template), null))
            .isInstanceOf(ConflictException.class).hasMessageContaining("already led to inspection " + planned.id);
        assertThat(inspections.list(SAM, null, 0, 10).total).isEqualTo(1);

        consultations.close(SAM, c.id, "Begehung geplant", null);
        assertThat(events.on(InspectionEvents.CONSULTATION_CLOSED)).singleElement()
            .satisfies(e -> assertThat(e.getProperty(InspectionEvents.INSPECTION)).isEqualTo(planned.id));

        Consultation noPlace = consultation(UNIT, null);
        noPlace.location = null;
        Consultation without = consultations.request(EVA, noPlace);
        assertThatThrownBy(() -> consultations.planInspection(SAM, without.id, plan(template), null))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("location.building"));
        Inspection named = plan(template);
        named.location = new Location();
        named.location.building = "Ottmar-Pohl-Platz 1";
        assertThat(consultations.planInspection(SAM, without.id, named, null).location.building).isEqualTo("Ottmar-Pohl-Platz 1");
    }
}
