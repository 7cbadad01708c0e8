package de.koeln.zks.alarm.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.koeln.zks.alarm.api.Alarm;
import de.koeln.zks.alarm.api.AlarmCancel;
import de.koeln.zks.alarm.api.AlarmClass;
import de.koeln.zks.alarm.api.AlarmClose;
import de.koeln.zks.alarm.api.AlarmEventType;
import de.koeln.zks.alarm.api.AlarmPoint;
import de.koeln.zks.alarm.api.AlarmService.Raised;
import de.koeln.zks.alarm.api.AlarmState;
import de.koeln.zks.alarm.api.AlarmStep;
import de.koeln.zks.alarm.api.AlarmTrigger;
import de.koeln.zks.alarm.api.GroupKind;
import de.koeln.zks.alarm.api.ResponderGroup;
import de.koeln.zks.alarm.internal.domain.AlarmSettings;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ApiException;
import de.koeln.zks.platform.testing.FakeUsers;
import de.koeln.zks.platform.testing.MutableClock;
import de.koeln.zks.platform.testing.RecordingAudit;
import de.koeln.zks.platform.testing.RecordingEvents;
import de.koeln.zks.platform.testing.TestDatabase;

/** The alarm state machine and its escalation timing on the real persistence unit, with a clock the test moves. */
class AlarmServiceTest {
    static final Caller ADMIN = new Caller("admin", Set.of(Roles.ADMIN));
    static final Caller EVA = new Caller("eva", Set.of(Roles.EMPLOYEE));
    static final Caller FLOOR = new Caller("resp-floor", Set.of(Roles.RESPONDER));
    static final Caller GUARD = new Caller("resp-guard", Set.of(Roles.RESPONDER));
    static final Caller DESK = new Caller("resp-desk", Set.of(Roles.RESPONDER));
    static final Caller STRANGER = new Caller("resp-other", Set.of(Roles.RESPONDER));

    TestDatabase db;
    final MutableClock clock = new MutableClock("2026-11-27T10:00:00Z");
    final RecordingAudit audit = new RecordingAudit();
    JpaAlarmRegistry registry;
    JpaAlarmService alarms;
    EventLog log;

    @BeforeEach
    void start() {
        db = new TestDatabase("zks-alarm");
        registry = new JpaAlarmRegistry(db.jpa, audit, clock);
        log = new EventLog(db.jpa);
        Delivery delivery = new Delivery(registry, new RecordingEvents());
        AlarmJournal journal = new AlarmJournal(db.jpa, log, delivery);
        AlarmSettings settings = new AlarmSettings(Duration.ofSeconds(30), Map.of("Jobcenter", Duration.ofSeconds(20)),
            Duration.ofSeconds(20), Duration.ofSeconds(15), Duration.ofSeconds(10), 1000, Duration.ofMinutes(5));
        alarms = new JpaAlarmService(db.jpa, audit, new FakeUsers().with("eva", "Bürgeramt"), registry, journal, log,
            clock, settings);
        group("floor-1", GroupKind.NEARBY, "resp-floor");
        group("guards", GroupKind.SECURITY_SERVICE, "resp-guard");
        group("desk", GroupKind.CENTRAL_DESK, "resp-desk");
        group("other", GroupKind.NEARBY, "resp-other");
        point("E.12", "Laurenzplatz 4", "Bürgeramt", null, "floor-1", "guards", "desk");
        point("E.14", "Laurenzplatz 4", "Bürgeramt", null, "other");
        point("J.1", "Jobcenter Mülheim", "Jobcenter", null, "other", "desk");
    }

    @AfterEach
    void stop() {
        db.close();
    }

    void group(String name, GroupKind kind, String... members) {
        ResponderGroup g = new ResponderGroup();
        g.name = name;
        g.kind = kind;
        g.members = List.of(members);
        registry.createGroup(ADMIN, g);
    }

    void point(String id, String building, String unit, Integer seconds, String... groups) {
        AlarmPoint p = new AlarmPoint();
        p.id = id;
        p.building = building;
        p.unit = unit;
        p.room = id;
        p.escalationSeconds = seconds;
        p.groups = List.of(groups);
        registry.createPoint(ADMIN, p);
    }

    Raised trigger(Caller caller, String point, AlarmClass alarmClass, boolean drill) {
        AlarmTrigger t = new AlarmTrigger();
        t.point = point;
        t.alarmClass = alarmClass;
        t.drill = drill;
        return alarms.trigger(caller, t);
    }

    List<AlarmEventType> types(long id) {
        return log.timeline(id).stream().map((AlarmStep s) -> s.type).toList();
    }

    static AlarmClose close(String outcome) {
        AlarmClose c = new AlarmClose();
        c.outcome = outcome;
        return c;
    }

    @Test
    void aHelpAlarmEscalatesGroupByGroupUntilAcknowledged() {
        Alarm a = trigger(EVA, "E.12", null, false).alarm();
        assertThat(a.alarmClass).isEqualTo(AlarmClass.HELP);
        assertThat(a.alarmedGroups).containsExactly("floor-1");
        assertThat(a.nextEscalationAt.toInstant()).isEqualTo(clock.instant().plusSeconds(30));

        clock.advance(Duration.ofSeconds(29));
        assertThat(alarms.escalateDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(alarms.escalateDue()).isEqualTo(1);
        assertThat(alarms.get(ADMIN, a.id).alarmedGroups).containsExactly("floor-1", "guards");

        clock.advance(Duration.ofSeconds(30));
        alarms.escalateDue();
        Alarm atDesk = alarms.get(ADMIN, a.id);
        assertThat(atDesk.alarmedGroups).containsExactly("floor-1", "guards", "desk");
        assertThat(atDesk.callPolice).as("the central desk is told to call the police").isTrue();
        assertThat(atDesk.nextEscalationAt).as("nothing after the last group").isNull();

        Alarm acknowledged = alarms.acknowledge(DESK, a.id);
        assertThat(acknowledged.state).isEqualTo(AlarmState.ACKNOWLEDGED);
        assertThat(acknowledged.secondsToAcknowledge).isEqualTo(60);
        clock.advance(Duration.ofMinutes(5));
        Alarm closed = alarms.close(GUARD, a.id, close("Kunde beruhigt"));
        assertThat(closed.state).isEqualTo(AlarmState.CLOSED);
        assertThat(closed.level).as("derived from HELP").isEqualTo(2);
        assertThat(closed.secondsToClose).isEqualTo(360);
        assertThat(types(a.id)).containsExactly(AlarmEventType.RAISED, AlarmEventType.ESCALATED,
            AlarmEventType.ESCALATED, AlarmEventType.ACKNOWLEDGED, AlarmEventType.CLOSED);
        assertThat(audit.lines).extracting(RecordingAudit.Line::recordId).contains(String.valueOf(a.id));
    }

    @Test
    void anAcknowledgedAlarmNoLongerEscalates() {
        Alarm a = trigger(EVA, "E.12", AlarmClass.HELP, false).alarm();
        alarms.acknowledge(FLOOR, a.id);
        clock.advance(Duration.ofMinutes(10));
        assertThat(alarms.escalateDue()).isZero();
        assertThat(alarms.get(ADMIN, a.id).alarmedGroups).containsExactly("floor-1");
    }

    @Test
    void theUnitsEscalationTimeAppliesWhenThePointHasNone() {
        Alarm a = trigger(EVA, "J.1", null, false).alarm();
        assertThat(a.nextEscalationAt.toInstant()).isEqualTo(clock.instant().plusSeconds(20));
    }

    @Test
    void deescalationAndDrillsStayWithTheFirstGroup() {
        Alarm quiet = trigger(EVA, "E.12", AlarmClass.DEESCALATION, false).alarm();
        Alarm drill = trigger(EVA, "J.1", AlarmClass.HELP, true).alarm();
        assertThat(quiet.nextEscalationAt).isNull();
        assertThat(drill.nextEscalationAt).isNull();
        assertThat(drill.drill).isTrue();
        clock.advance(Duration.ofHours(1));
        assertThat(alarms.escalateDue()).isZero();
        assertThat(alarms.get(ADMIN, drill.id).alarmedGroups).containsExactly("other");
    }

    @Test
    void aRampageAlarmReachesTheWholeBuildingAndTheCentralDeskAtOnceAndCannotBeCancelled() {
        Alarm a = trigger(EVA, "E.12", AlarmClass.RAMPAGE, false).alarm();
        assertThat(a.alarmedGroups).containsExactlyInAnyOrder("floor-1", "guards", "desk", "other");
        assertThat(a.callPolice).isTrue();
        assertThat(a.cancellableUntil).isNull();
        AlarmCancel cancel = new AlarmCancel();
        cancel.reason = "aus Versehen";
        assertThatThrownBy(() -> alarms.cancel(EVA, a.id, cancel))
            .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(alarms.get(ADMIN, a.id).state).isEqualTo(AlarmState.RAISED);
    }

    @Test
    void aRepeatedTriggerJoinsTheOpenAlarmAndMayRaiseItsClass() {
        Raised first = trigger(EVA, "E.12", AlarmClass.HELP, false);
        Raised again = trigger(EVA, "E.12", AlarmClass.RAMPAGE, false);
        assertThat(first.joined()).isFalse();
        assertThat(again.joined()).isTrue();
        assertThat(again.alarm().id).isEqualTo(first.alarm().id);
        assertThat(again.alarm().triggers).isEqualTo(2);
        assertThat(again.alarm().alarmClass).isEqualTo(AlarmClass.RAMPAGE);
        assertThat(again.alarm().alarmedGroups).contains("desk", "guards", "other");
        assertThat(types(first.alarm().id)).containsExactly(AlarmEventType.RAISED, AlarmEventType.JOINED);
        alarms.close(FLOOR, first.alarm().id, close("vorbei"));
        assertThat(trigger(EVA, "E.12", null, false).joined()).as("a closed alarm is not joined").isFalse();
    }

    @Test
    void theRaiserCancelsOnlyWithinTheGracePeriodAndWithAReason() {
        Alarm a = trigger(EVA, "E.12", null, false).alarm();
        AlarmCancel none = new AlarmCancel();
        assertThatThrownBy(() -> alarms.cancel(EVA, a.id, none))
            .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        AlarmCancel reason = new AlarmCancel();
        reason.reason = "Fehlalarm, Knie an den Taster";
        assertThatThrownBy(() -> alarms.cancel(FLOOR, a.id, reason))
            .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(alarms.cancel(EVA, a.id, reason).state).isEqualTo(AlarmState.CANCELLED);

        Alarm late = trigger(EVA, "E.12", null, false).alarm();
        clock.advance(Duration.ofSeconds(21));
        assertThatThrownBy(() -> alarms.cancel(EVA, late.id, reason))
            .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(alarms.get(ADMIN, late.id).state).isEqualTo(AlarmState.RAISED);
    }

    @Test
    void wrongStepsAreRefusedAndLeaveTheAlarmAsItWas() {
        Alarm a = trigger(EVA, "E.12", null, false).alarm();
        assertThatThrownBy(() -> alarms.acknowledge(STRANGER, a.id))
            .as("a responder of another group").isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        alarms.close(FLOOR, a.id, close("erledigt"));
        assertThatThrownBy(() -> alarms.close(FLOOR, a.id, close("nochmal")))
            .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> alarms.acknowledge(FLOOR, a.id))
            .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
        AlarmTrigger unknown = new AlarmTrigger();
        unknown.point = "NOWHERE";
        assertThatThrownBy(() -> alarms.trigger(EVA, unknown))
            .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        Alarm after = alarms.get(ADMIN, a.id);
        assertThat(after.state).isEqualTo(AlarmState.CLOSED);
        assertThat(after.outcome).isEqualTo("erledigt");
    }

    @Test
    void aResponderOfAGroupNotYetAlarmedMayNotAcknowledge() {
        Alarm a = trigger(EVA, "E.12", null, false).alarm();
        assertThatThrownBy(() -> alarms.acknowledge(GUARD, a.id))
            .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        clock.advance(Duration.ofSeconds(30));
        alarms.escalateDue();
        assertThat(alarms.acknowledge(GUARD, a.id).acknowledgedBy).isEqualTo("resp-guard");
    }

    @Test
    void theEmployeesWorkstationIsThePointWhenNoneIsGiven() {
        FakeUsers users = new FakeUsers().with("eva", "Bürgeramt");
        users.find("eva").orElseThrow().workstation = "E.14";
        JpaAlarmService withDesk = new JpaAlarmService(db.jpa, audit, users, registry,
            new AlarmJournal(db.jpa, log, new Delivery(registry, mock(org.osgi.service.event.EventAdmin.class))), log, clock,
            AlarmSettings.DEFAULTS);
        Alarm a = withDesk.trigger(EVA, new AlarmTrigger()).alarm();
        assertThat(a.point.id).isEqualTo("E.14");
    }

    @Test
    void responderSeeTheirGroupsAlarmsEmployeesTheirOwn() {
        Alarm a = trigger(EVA, "E.12", null, false).alarm();
        assertThat(alarms.list(FLOOR, null, true, 0, 50).items).extracting(x -> x.id).containsExactly(a.id);
        assertThat(alarms.list(STRANGER, null, true, 0, 50).items).isEmpty();
        assertThat(alarms.list(EVA, AlarmState.RAISED, false, 0, 50).items).hasSize(1);
        assertThat(alarms.list(ADMIN, null, true, 0, 50).total).isEqualTo(1);
    }

    @Test
    void aClassThePointDoesNotOfferIsRefused() {
        AlarmPoint p = registry.point(ADMIN, "E.14");
        p.classes = List.of(AlarmClass.DEESCALATION);
        registry.putPoint(ADMIN, "E.14", p, null);
        assertThatThrownBy(() -> trigger(EVA, "E.14", AlarmClass.HELP, false))
            .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThat(trigger(EVA, "E.14", AlarmClass.DEESCALATION, false).alarm().state).isEqualTo(AlarmState.RAISED);
    }
}
