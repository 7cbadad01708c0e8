package de.koeln.zks.training.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.testing.FakeUsers;
import de.koeln.zks.platform.testing.MutableClock;
import de.koeln.zks.platform.testing.RecordingAudit;
import de.koeln.zks.platform.testing.RecordingEvents;
import de.koeln.zks.platform.testing.TestDatabase;
import de.koeln.zks.training.api.Course;
import de.koeln.zks.training.api.CourseTopic;
import de.koeln.zks.training.api.Refresher;
import de.koeln.zks.training.api.Registration;
import de.koeln.zks.training.api.RegistrationStatus;
import de.koeln.zks.training.api.SessionStatus;
import de.koeln.zks.training.api.TrainingEvents;
import de.koeln.zks.training.api.TrainingRecord;
import de.koeln.zks.training.api.TrainingSession;
import de.koeln.zks.training.api.TrainingStatistics;

/** Waiting lists, approval, deadlines, attendance and refreshers on a real database and a controlled clock. */
class TrainingServiceTest {
    static final Caller SAM = new Caller("sam", Set.of(Roles.SECURITY_MANAGER));
    static final Caller TINA = new Caller("tina", Set.of(Roles.TRAINER, Roles.EMPLOYEE));
    static final Caller MARA = new Caller("mara", Set.of(Roles.UNIT_MANAGER, Roles.EMPLOYEE));
    static final String UNIT = "Bürgeramt Innenstadt";

    final MutableClock clock = new MutableClock("2026-12-01T08:00:00Z");
    final RecordingAudit audit = new RecordingAudit();
    final RecordingEvents events = new RecordingEvents();
    final FakeUsers users = new FakeUsers().with("mara", UNIT).with("eva", UNIT).with("otto", "Jobcenter Mülheim")
        .with("anna", UNIT);
    TestDatabase db;
    JpaTrainingCatalog catalog;
    JpaRegistrationService registrations;
    JpaTrainingRecords records;

    @BeforeEach
    void start() {
        db = new TestDatabase("zks-training");
        catalog = new JpaTrainingCatalog(db.jpa, audit, events, clock);
        registrations = new JpaRegistrationService(db.jpa, audit, users, events, clock);
        records = new JpaTrainingRecords(db.jpa, audit, users, clock);
    }

    @AfterEach
    void stop() {
        db.close();
    }

    static Caller employee(String name) {
        return new Caller(name, Set.of(Roles.EMPLOYEE));
    }

    Course course(boolean approval) {
        Course c = new Course();
        c.title = "Deeskalation am Schalter";
        c.topic = CourseTopic.DEESCALATION;
        c.refresherMonths = 24;
        c.recommendedFromLevel = 2;
        c.requiresApproval = approval;
        return catalog.createCourse(SAM, c);
    }

    TrainingSession session(long course, int capacity) {
        TrainingSession s = new TrainingSession();
        s.course = course;
        s.startsAt = OffsetDateTime.parse("2027-01-12T09:00:00+01:00");
        s.endsAt = OffsetDateTime.parse("2027-01-12T12:00:00+01:00");
        s.place = "Stadthaus Deutz, Raum 3.14";
        s.trainer = "tina";
        s.capacity = capacity;
        return catalog.createSession(SAM, s);
    }

    @Test
    void aFullSessionPutsRegistrantsOnTheWaitingListAndACancellationPromotesTheFirst() {
        long session = session(course(false).id, 2).id;
        assertThat(registrations.register(employee("a"), session, null).status).isEqualTo(RegistrationStatus.CONFIRMED);
        Registration b = registrations.register(employee("b"), session, null);
        Registration c = registrations.register(employee("c"), session, null);
        Registration d = registrations.register(employee("d"), session, null);
        assertThat(c.status).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(c.position).isEqualTo(1);
        assertThat(d.position).isEqualTo(2);
        assertThat(catalog.session(SAM, session)).satisfies(s -> {
            assertThat(s.taken).isEqualTo(2);
            assertThat(s.free).isZero();
            assertThat(s.waiting).isEqualTo(2);
        });

        Registration cancelled = registrations.cancel(employee("b"), b.id, "krank");
        assertThat(cancelled.status).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(registrations.registration(employee("c"), c.id).status).as("promoted in the same transaction")
            .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.registration(employee("d"), d.id).position).isEqualTo(1);
        assertThat(events.on(TrainingEvents.PROMOTED)).singleElement()
            .satisfies(e -> assertThat(e.getProperty(TrainingEvents.PARTICIPANT)).isEqualTo("c"));

        assertThatThrownBy(() -> registrations.register(employee("a"), session, null)).isInstanceOf(ConflictException.class)
            .hasMessageContaining("already registered");
        assertThat(registrations.register(employee("b"), session, null).position).as("back at the end").isEqualTo(2);
    }

    @Test
    void fiftyConcurrentRegistrantsForTenSeatsEndWithTenConfirmedAndFortyInOrder() throws Exception {
        long session = session(course(false).id, 10).id;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Registration>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Caller who = employee("p" + i);
            calls.add(() -> registrations.register(who, session, null));
        }
        List<Registration> made = new ArrayList<>();
        for (Future<Registration> f : pool.invokeAll(calls)) {
            made.add(f.get());
        }
        pool.shutdown();
        assertThat(made).filteredOn(r -> r.status == RegistrationStatus.CONFIRMED).hasSize(10);
        List<Integer> positions = made.stream().filter(r -> r.status == RegistrationStatus.WAITLISTED).map(r -> r.position)
            .sorted().toList();
        assertThat(positions).hasSize(40).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());

        List<Registration> waiting = registrations.registrations(SAM, session).stream()
            .filter(r -> r.status == RegistrationStatus.WAITLISTED).toList();
        List<Registration> confirmed = registrations.registrations(SAM, session).stream()
            .filter(r -> r.status == RegistrationStatus.CONFIRMED).toList();
        for (int i = 0; i < 3; i++) {
            registrations.cancel(SAM, confirmed.get(i).id, null);
            assertThat(registrations.registration(SAM, waiting.get(i).id).status).isEqualTo(RegistrationStatus.CONFIRMED);
        }
        assertThat(registrations.registration(SAM, waiting.get(3).id).position).isEqualTo(1);
        assertThat(catalog.session(SAM, session).taken).isEqualTo(10);
    }

    @Test
    void anApprovalHoldsTheSeatAndARejectionGivesItToTheNext() {
        long session = session(course(true).id, 1).id;
        Registration eva = registrations.register(MARA, session, "eva");
        assertThat(eva.status).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
        assertThat(eva.registeredBy).isEqualTo("mara");
        assertThatThrownBy(() -> registrations.register(MARA, session, "otto")).as("not mara's unit")
            .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> registrations.register(employee("anna"), session, "eva")).isInstanceOf(ForbiddenException.class);
        Registration anna = registrations.register(employee("anna"), session, null);
        assertThat(anna.status).isEqualTo(RegistrationStatus.WAITLISTED);

        assertThatThrownBy(() -> registrations.approve(employee("otto"), eva.id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> registrations.reject(MARA, eva.id, " ")).isInstanceOf(ValidationException.class);
        registrations.reject(MARA, eva.id, "Dienstplan");
        Registration moved = registrations.registration(employee("anna"), anna.id);
        assertThat(moved.status).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
        assertThat(registrations.approve(MARA, anna.id).status).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void registrationClosesAtTheDeadlineAndNotForACancelledSession() {
        TrainingSession s = session(course(false).id, 5);
        clock.set("2027-01-12T08:00:00Z");
        assertThatThrownBy(() -> registrations.register(employee("a"), s.id, null)).isInstanceOf(ConflictException.class)
            .hasMessageContaining("closed");
        clock.set("2026-12-01T08:00:00Z");
        Registration a = registrations.register(employee("a"), s.id, null);
        TrainingSession cancelled = catalog.cancelSession(SAM, s.id, "Trainerin erkrankt", null);
        assertThat(cancelled.status).isEqualTo(SessionStatus.CANCELLED);
        assertThat(registrations.registration(employee("a"), a.id).status).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(events.on(TrainingEvents.CANCELLED)).hasSize(1);
        assertThat(events.on(TrainingEvents.SESSION_CANCELLED)).hasSize(1);
        assertThatThrownBy(() -> registrations.register(employee("b"), s.id, null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theTrainerRecordsAttendanceWhichMakesARecordWithItsRefresherDate() {
        long session = session(course(false).id, 5).id;
        Registration eva = registrations.register(employee("eva"), session, null);
        Registration otto = registrations.register(employee("otto"), session, null);
        assertThatThrownBy(() -> registrations.recordAttendance(TINA, eva.id, true)).as("before the start")
            .isInstanceOf(ConflictException.class);
        clock.set("2027-01-12T10:00:00Z");
        assertThatThrownBy(() -> registrations.recordAttendance(new Caller("tom", Set.of(Roles.TRAINER)), eva.id, true))
            .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> registrations.cancel(employee("eva"), eva.id, null)).isInstanceOf(ConflictException.class);
        assertThat(registrations.recordAttendance(TINA, eva.id, true).attended).isTrue();
        registrations.recordAttendance(TINA, otto.id, false);
        List<TrainingRecord> evas = records.records(employee("eva"), null);
        assertThat(evas).singleElement().satisfies(r -> {
            assertThat(r.attendedOn).isEqualTo(LocalDate.parse("2027-01-12"));
            assertThat(r.refresherDue).isEqualTo(LocalDate.parse("2029-01-12"));
        });
        assertThat(records.records(employee("otto"), null)).isEmpty();
        assertThatThrownBy(() -> records.records(employee("otto"), "eva")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> registrations.registrations(employee("eva"), session)).isInstanceOf(ForbiddenException.class);
        assertThat(registrations.registrations(TINA, session)).hasSize(2);
    }

    @Test
    void aUnitAtRiskSeesWhoIsOverdueOrNeverTrained() {
        Course c = course(false);
        catalog.setUnitRisk(SAM, UNIT, 2, null);
        records.recordPractice(Caller.SYSTEM, List.of("anna"), CourseTopic.DEESCALATION, LocalDate.parse("2026-10-01"),
            "SESSION", "old-1");
        records.recordPractice(Caller.SYSTEM, List.of("eva"), CourseTopic.DEESCALATION, LocalDate.parse("2024-01-01"),
            "SESSION", "old-2");
        assertThat(records.recordPractice(Caller.SYSTEM, List.of("eva"), CourseTopic.DEESCALATION,
            LocalDate.parse("2024-01-01"), "SESSION", "old-2")).as("once per reference").isZero();

        List<Refresher> overdue = records.refreshers(SAM, true, null);
        assertThat(overdue).extracting(r -> r.participant).containsExactly("eva", "mara");
        assertThat(overdue).allSatisfy(r -> {
            assertThat(r.unit).isEqualTo(UNIT);
            assertThat(r.course).isEqualTo(c.id);
        });
        assertThat(overdue.get(1).lastAttended).isNull();
        assertThat(records.refreshers(SAM, false, UNIT)).hasSize(3);
        assertThat(records.refreshers(MARA, true, null)).hasSize(2);
        assertThatThrownBy(() -> records.refreshers(employee("eva"), true, null)).isInstanceOf(ForbiddenException.class);

        TrainingStatistics stats = records.statistics(SAM, null, null);
        assertThat(stats.coverage).singleElement().satisfies(cov -> {
            assertThat(cov.staff).isEqualTo(3);
            assertThat(cov.trained).isEqualTo(1);
        });
    }

    @Test
    void statisticsCountParticipationAndNoShows() {
        long session = session(course(false).id, 5).id;
        Registration eva = registrations.register(employee("eva"), session, null);
        Registration anna = registrations.register(employee("anna"), session, null);
        Registration otto = registrations.register(employee("otto"), session, null);
        registrations.cancel(employee("otto"), otto.id, null);
        clock.set("2027-01-12T10:00:00Z");
        registrations.recordAttendance(TINA, eva.id, true);
        registrations.recordAttendance(TINA, anna.id, false);
        TrainingStatistics stats = records.statistics(SAM, null, null);
        assertThat(stats.byCourse).singleElement().satisfies(r -> {
            assertThat(r.registered).isEqualTo(3);
            assertThat(r.attended).isEqualTo(1);
            assertThat(r.noShow).isEqualTo(1);
            assertThat(r.cancelled).isEqualTo(1);
            assertThat(r.participationRate).isEqualTo(0.5);
        });
        assertThat(stats.byUnit).extracting(r -> r.key).contains(UNIT, "Jobcenter Mülheim");
        assertThatThrownBy(() -> records.statistics(employee("eva"), null, null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aLargerCapacityPromotesAndASmallerOneBelowTheSeatsTakenIsRefused() {
        TrainingSession s = session(course(false).id, 1);
        registrations.register(employee("a"), s.id, null);
        Registration b = registrations.register(employee("b"), s.id, null);
        TrainingSession change = catalog.session(SAM, s.id);
        change.capacity = 2;
        catalog.updateSession(SAM, s.id, change, null);
        assertThat(registrations.registration(SAM, b.id).status).isEqualTo(RegistrationStatus.CONFIRMED);
        change.capacity = 1;
        assertThatThrownBy(() -> catalog.updateSession(SAM, s.id, change, null)).isInstanceOf(ConflictException.class);
        change.capacity = 2;
        change.startsAt = change.startsAt.plusDays(1);
        change.endsAt = change.endsAt.plusDays(1);
        change.registrationDeadline = null;
        catalog.updateSession(SAM, s.id, change, null);
        assertThat(events.on(TrainingEvents.SESSION_MOVED)).hasSize(1);
    }

    @Test
    void anOperatorPromotesAWaitingRegistrantIntoAFullSession() {
        TrainingSession s = session(course(false).id, 1);
        registrations.register(employee("a"), s.id, null);
        Registration b = registrations.register(employee("b"), s.id, null);
        assertThatThrownBy(() -> registrations.promote(employee("a"), b.id)).isInstanceOf(ForbiddenException.class);
        assertThat(registrations.promote(SAM, b.id).status).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(catalog.session(SAM, s.id).capacity).isEqualTo(2);
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        long course = course(false).id;
        TrainingSession s = new TrainingSession();
        s.course = course;
        s.startsAt = OffsetDateTime.parse("2027-01-12T09:00:00+01:00");
        s.endsAt = OffsetDateTime.parse("2027-01-12T08:00:00+01:00");
        s.capacity = 0;
        assertThatThrownBy(() -> catalog.createSession(SAM, s))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field")
                .containsExactlyInAnyOrder("endsAt", "capacity"));
        s.endsAt = OffsetDateTime.parse("2027-01-12T12:00:00+01:00");
        s.capacity = -3;
        assertThatThrownBy(() -> catalog.createSession(SAM, s)).isInstanceOf(ValidationException.class);
        s.capacity = 3;
        s.course = 999L;
        assertThatThrownBy(() -> catalog.createSession(SAM, s))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field").containsExactly("course"));
        assertThat(catalog.sessions(SAM, null, 0, 10).total).isZero();
        assertThatThrownBy(() -> catalog.createCourse(employee("eva"), new Course())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> registrations.cancel(employee("x"), 12345, null)).isInstanceOf(NotFoundException.class);

        long session = session(course, 2).id;
        Registration a = registrations.register(employee("a"), session, null);
        assertThatThrownBy(() -> registrations.cancel(employee("b"), a.id, null)).as("someone else's seat")
            .isInstanceOf(NotFoundException.class);
        assertThat(registrations.registration(employee("a"), a.id).status).isEqualTo(RegistrationStatus.CONFIRMED);
        clock.advance(Duration.ofDays(60));
        assertThatThrownBy(() -> registrations.recordAttendance(TINA, 999_999L, true)).isInstanceOf(NotFoundException.class);
    }
}
