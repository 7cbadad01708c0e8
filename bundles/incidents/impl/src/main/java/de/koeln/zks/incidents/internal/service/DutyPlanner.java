package de.koeln.zks.incidents.internal.service;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import de.koeln.zks.incidents.api.DutyState;
import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.incidents.internal.duties.DutyRule;
import de.koeln.zks.incidents.internal.duties.DutyRulebook;
import de.koeln.zks.incidents.internal.jpa.DutyEntity;
import de.koeln.zks.platform.support.UtcTimes;

/**
 * Brings an incident's duties in line with the rules, in the transaction that changed the incident:
 * <ul>
 * <li>a draft has none yet; a rejected report's open duties are not needed;</li>
 * <li>every applicable rule has its duty, made when the rule first applies (due times counting from then or from
 * the incident's time, as the rule says), done at once when the report itself says so (e.g. the criminal
 * complaint was filed);</li>
 * <li>an open duty whose rule no longer applies after a change of the report is not needed any more; duties of
 * rules that were removed from the configuration stay as they are.</li>
 * </ul>
 * Closed reports keep their duties: what was left open stays visible.
 */
final class DutyPlanner {
    static final String SYSTEM = "system";
    static final String DONE_BY_REPORT = "Laut Meldung erledigt";
    static final String NO_LONGER_NEEDED = "Nach Änderung der Meldung nicht mehr erforderlich";
    static final String REPORT_REJECTED = "Meldung zurückgewiesen";

    private DutyPlanner() {
    }

    static List<DutyEntity> of(EntityManager em, long incidentId) {
        return em.createQuery("SELECT d FROM DutyEntity d WHERE d.incidentId = :id ORDER BY d.sortOrder, d.id",
            DutyEntity.class).setParameter("id", incidentId).getResultList();
    }

    /** Plans the duties of a changed incident. */
    static void plan(EntityManager em, Incident incident, DutyRulebook rules, LocalDateTime now) {
        if (hasPlan(incident)) {
            plan(em, incident, of(em, incident.id), rules, now);
        }
    }

    /** Plans the duties of an incident stored in this transaction: it has none yet, so none are read. */
    static void planNew(EntityManager em, Incident incident, DutyRulebook rules, LocalDateTime now) {
        if (hasPlan(incident)) {
            plan(em, incident, List.of(), rules, now);
        }
    }

    /** A draft has no duties yet, and a closed report keeps the ones it has. */
    private static boolean hasPlan(Incident incident) {
        return incident.status != IncidentStatus.DRAFT && incident.status != IncidentStatus.CLOSED;
    }

    private static void plan(EntityManager em, Incident incident, List<DutyEntity> existing, DutyRulebook rules,
            LocalDateTime now) {
        if (incident.status == IncidentStatus.REJECTED) {
            existing.stream().filter(d -> d.state() == DutyState.OPEN)
                .forEach(d -> d.mark(DutyState.NOT_NEEDED, REPORT_REJECTED, SYSTEM, now));
            return;
        }
        Map<String, DutyEntity> byCode = new HashMap<>();
        existing.forEach(d -> byCode.put(d.code(), d));
        LocalDateTime occurred = UtcTimes.utc(incident.occurredAt);
        List<DutyRule> applicable = rules.applicable(incident);
        for (DutyRule rule : applicable) {
            DutyEntity duty = byCode.get(rule.code());
            if (duty == null) {
                duty = new DutyEntity(incident.id, rule.code(), rule.order(), rule.title(), rule.description(),
                    rule.owner(), rule.dueAt(occurred, now), rule.remindAt(occurred, now), now);
                em.persist(duty);
            } else if (duty.state() == DutyState.OPEN) {
                LocalDateTime arose = duty.createdUtc();
                duty.reschedule(rule.dueAt(occurred, arose), rule.remindAt(occurred, arose));
            } else if (duty.state() == DutyState.NOT_NEEDED && NO_LONGER_NEEDED.equals(duty.note())) {
                // the report changed back: the duty applies again
                duty.mark(DutyState.OPEN, null, null, now);
            }
            if (duty.state() == DutyState.OPEN && rule.doneBy(incident)) {
                duty.mark(DutyState.DONE, DONE_BY_REPORT, SYSTEM, now);
            }
        }
        Set<String> applies = applicable.stream().map(DutyRule::code).collect(Collectors.toSet());
        Set<String> known = rules.rules().stream().map(DutyRule::code).collect(Collectors.toSet());
        for (DutyEntity duty : existing) {
            if (duty.state() == DutyState.OPEN && known.contains(duty.code()) && !applies.contains(duty.code())) {
                duty.mark(DutyState.NOT_NEEDED, NO_LONGER_NEEDED, SYSTEM, now);
            }
        }
    }
}
