package de.koeln.zks.incidents.internal.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.incidents.api.StatusRequest;
import de.koeln.zks.incidents.internal.duties.DutyRulebook;
import de.koeln.zks.incidents.internal.duties.DutyRulesSource;
import de.koeln.zks.incidents.internal.retention.IncidentsConfig;
import de.koeln.zks.incidents.internal.testing.Fixtures;
import de.koeln.zks.platform.testing.MutableClock;
import de.koeln.zks.platform.testing.RecordingAudit;
import de.koeln.zks.platform.testing.RecordingEvents;
import de.koeln.zks.platform.testing.TestDatabase;
import de.koeln.zks.platform.api.Caller;

/** A fresh database, fakes of the platform's services and the incident service for every test. */
abstract class ServiceTestBase {
    static final String NOW = "2026-11-27T10:00:00Z";

    TestDatabase db;
    final RecordingAudit audit = new RecordingAudit();
    final RecordingEvents events = new RecordingEvents();
    final MutableClock clock = new MutableClock(NOW);
    final DutyRulesSource rules = new DutyRulesSource(DutyRulebook.defaults());
    JpaIncidentService incidents;
    JpaDutyService duties;

    @BeforeEach
    void startDatabase() {
        db = new TestDatabase("zks-incidents");
        incidents = new JpaIncidentService(db.jpa, audit, events, rules, clock, IncidentsConfig.DEFAULT_RETENTION_DAYS);
        duties = new JpaDutyService(db.jpa, audit, events, rules, clock);
    }

    @AfterEach
    void stopDatabase() {
        db.close();
    }

    Incident report(Caller caller, IncidentInput input) {
        return incidents.report(caller, input, null);
    }

    Incident reportSample(Caller caller) {
        return report(caller, Fixtures.sample());
    }

    Incident move(long id, IncidentStatus... path) {
        Incident last = null;
        for (IncidentStatus status : path) {
            last = incidents.changeStatus(Fixtures.SAM, id, new StatusRequest(status, "weil " + status), null);
        }
        return last;
    }
}
