package de.koeln.zks.inspections.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

import de.koeln.zks.inspections.api.Consultation;
import de.koeln.zks.inspections.api.ConsultationQuery;
import de.koeln.zks.inspections.api.ConsultationService;
import de.koeln.zks.inspections.api.ConsultationState;
import de.koeln.zks.inspections.api.Inspection;
import de.koeln.zks.inspections.api.InspectionEvents;
import de.koeln.zks.inspections.api.Location;
import de.koeln.zks.inspections.internal.domain.ConsultationRules;
import de.koeln.zks.inspections.internal.domain.InspectionAccess;
import de.koeln.zks.inspections.internal.domain.InspectionValidation;
import de.koeln.zks.inspections.internal.jpa.ConsultationEntity;
import de.koeln.zks.inspections.internal.jpa.InspectionEntity;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.support.Events;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.platform.support.Versions;

/**
 * Consultations in the persistence unit {@code zks-inspections}. An inspection planned from one is stored in the
 * same transaction as the link to it, so a consultation never points to an inspection that is not there (nor leads
 * to two).
 */
@Component(service = ConsultationService.class)
public class JpaConsultationService implements ConsultationService {

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final UserDirectory users;
    private final EventAdmin events;
    private final Clock clock;

    @Activate
    public JpaConsultationService(@Reference(target = InspectionTx.UNIT_TARGET) JpaTemplate jpa, @Reference AuditService audit,
            @Reference UserDirectory users, @Reference EventAdmin events) {
        this(jpa, audit, users, events, Clock.systemUTC());
    }

    JpaConsultationService(JpaTemplate jpa, AuditService audit, UserDirectory users, EventAdmin events, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Consultation request(Caller caller, Consultation consultation) {
        InspectionAccess.requireStaff(caller);
        boolean manager = InspectionAccess.isManager(caller);
        Validator v = new Validator();
        Consultation clean = ConsultationRules.request(v, consultation, users.unitsOf(caller.name()), manager);
        v.throwIfInvalid();
        LocalDateTime now = UtcTimes.now(clock);
        Consultation stored = InspectionTx.write(jpa, em -> {
            ConsultationEntity entity = new ConsultationEntity(clean, caller.name(), now,
                ConsultationRules.respondBy(now.toLocalDate(), clean.urgency));
            em.persist(entity);
            em.flush();
            audit.record(caller, AuditAction.CREATE, InspectionTx.MODULE, "consultation", String.valueOf(entity.id()),
                clean.unit + ", " + clean.urgency);
            return entity.toDto(now.toLocalDate());
        });
        Events.post(events, InspectionEvents.CONSULTATION_REQUESTED, Map.of(InspectionEvents.CONSULTATION, stored.id,
            InspectionEvents.UNIT, stored.unit, InspectionEvents.URGENCY, stored.urgency.name()));
        return stored;
    }

    @Override
    public Consultation get(Caller caller, long id) {
        InspectionAccess.requireStaff(caller);
        List<String> units = users.unitsOf(caller.name());
        LocalDate today = UtcTimes.today(clock);
        return InspectionTx.read(jpa, em -> visible(em, caller, units, id).toDto(today));
    }

    @Override
    public Page<Consultation> list(Caller caller, ConsultationQuery query, int offset, int limit) {
        InspectionAccess.requireStaff(caller);
        Paging paging = Paging.of(offset, limit);
        ConsultationQuery q = query == null ? new ConsultationQuery() : query;
        boolean manager = InspectionAccess.isManager(caller);
        List<String> units = manager ? List.of() : users.unitsOf(caller.name());
        Conditions where = new Conditions();
        if (!manager) {
            if (units.isEmpty()) {
                where.and("c.requestedBy = :me", "me", caller.name());
            } else {
                String in = where.list("unit", units);
                where.and("(c.unit IN " + in + " OR c.requestedBy = :me)", Map.of("me", caller.name()));
            }
        }
        if (q.open) {
            where.and("c.state IN " + where.list("open", List.of(ConsultationState.REQUESTED, ConsultationState.IN_PROGRESS)),
                Map.of());
        }
        where.and("c.state = :state", "state", q.state).and("c.unit = :unit", "unit", q.unit)
            .and("c.urgency = :urgency", "urgency", q.urgency);
        String order = q.open ? " ORDER BY c.urgencyRank DESC, c.requestedUtc, c.id" : " ORDER BY c.requestedUtc DESC, c.id DESC";
        LocalDate today = UtcTimes.today(clock);
        return InspectionTx.read(jpa, em -> {
            TypedQuery<ConsultationEntity> page = where.bind(em.createQuery("SELECT c FROM ConsultationEntity c" + where.jpql()
                + order, ConsultationEntity.class));
            TypedQuery<Long> count = where.bind(em.createQuery("SELECT COUNT(c) FROM ConsultationEntity c" + where.jpql(),
                Long.class));
            List<Consultation> items = page.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList()
                .stream().map(c -> c.toDto(today)).toList();
            return new Page<>(items, paging.offset(), paging.limit(), count.getSingleResult());
        });
    }

    @Override
    public Consultation take(Caller caller, long id, String handler, Long expectedVersion) {
        InspectionAccess.requireManager(caller, "take consultations");
        Validator v = new Validator();
        String named = v.text("handler", handler, ConsultationRules.MAX_HANDLER);
        v.throwIfInvalid();
        String by = named == null ? caller.name() : named;
        return InspectionTx.write(jpa, em -> {
            ConsultationEntity entity = open(em, id, expectedVersion, "taken");
            String before = entity.handler();
            entity.take(by, UtcTimes.now(clock));
            em.flush();
            audit.record(caller, AuditAction.STATUS_CHANGE, InspectionTx.MODULE, "consultation", String.valueOf(id),
                before == null || before.equals(by) ? "taken by " + by : "handed over from " + before + " to " + by);
            return entity.toDto(UtcTimes.today(clock));
        });
    }

    @Override
    public Consultation close(Caller caller, long id, String outcome, Long expectedVersion) {
        InspectionAccess.requireManager(caller, "close consultations");
        Validator v = new Validator();
        String advice = v.requiredText("outcome", outcome, ConsultationRules.MAX_OUTCOME);
        v.throwIfInvalid();
        return ended(InspectionTx.write(jpa, em -> {
            ConsultationEntity entity = open(em, id, expectedVersion, "closed");
            entity.close(caller.name(), advice, UtcTimes.now(clock));
            em.flush();
            audit.record(caller, AuditAction.STATUS_CHANGE, InspectionTx.MODULE, "consultation", String.valueOf(id), "closed");
            return entity.toDto(UtcTimes.today(clock));
        }));
    }

    @Override
    public Consultation decline(Caller caller, long id, String reason, Long expectedVersion) {
        InspectionAccess.requireManager(caller, "decline consultations");
        Validator v = new Validator();
        String why = v.requiredText("reason", reason, ConsultationRules.MAX_REASON);
        v.throwIfInvalid();
        return ended(InspectionTx.write(jpa, em -> {
            ConsultationEntity entity = open(em, id, expectedVersion, "declined");
            entity.decline(caller.name(), why, UtcTimes.now(clock));
            em.flush();
            audit.record(caller, AuditAction.STATUS_CHANGE, InspectionTx.MODULE, "consultation", String.valueOf(id), "declined");
            return entity.toDto(UtcTimes.today(clock));
        }));
    }

    @Override
    public Inspection planInspection(Caller caller, long consultationId, Inspection plan, Long expectedVersion) {
        InspectionAccess.requireManager(caller, "plan inspections");
        return InspectionTx.write(jpa, em -> {
            ConsultationEntity consultation = find(em, consultationId);
            Versions.check(expectedVersion, consultation.version());
            if (consultation.inspectionId() != null) {
                throw new ConflictException("Consultation " + consultationId + " already led to inspection "
                    + consultation.inspectionId() + "; plan a further one as an inspection of its own");
            }
            if (!consultation.state().isOpen()) {
                throw new ConflictException("Consultation " + consultationId + " is " + consultation.state()
                    + "; an inspection is planned only from an open consultation");
            }
            Validator v = new Validator();
            Inspection clean = InspectionValidation.plan(v, forUnitOf(v, consultation, plan));
            v.throwIfInvalid();
            InspectionEntity inspection = JpaInspectionService.insertPlanned(em, audit, caller, clean, consultationId);
            consultation.inspection(inspection.id());
            if (consultation.state() == ConsultationState.REQUESTED) {
                consultation.take(caller.name(), UtcTimes.now(clock));
            }
            em.flush();
            audit.record(caller, AuditAction.UPDATE, InspectionTx.MODULE, "consultation", String.valueOf(consultationId),
                "inspection " + inspection.id() + " planned");
            return JpaInspectionService.view(em, inspection);
        });
    }

    /** The plan for the consultation's unit, at the consultation's location unless the plan names one. */
    private static Inspection forUnitOf(Validator v, ConsultationEntity consultation, Inspection plan) {
        if (plan == null) {
            return null;
        }
        if (plan.unit != null && !plan.unit.isBlank() && !plan.unit.strip().equals(consultation.unit())) {
            v.reject("unit", "is the consultation's unit (" + consultation.unit() + ")");
        }
        Inspection copy = new Inspection();
        copy.template = plan.template;
        copy.unit = consultation.unit();
        Location given = plan.location;
        boolean named = given != null && (given.building != null && !given.building.isBlank()
            || given.floor != null && !given.floor.isBlank() || given.room != null && !given.room.isBlank());
        copy.location = named ? given : consultation.place() == null ? null : consultation.place().toDto();
        copy.scheduledFor = plan.scheduledFor;
        copy.riskLevel = plan.riskLevel;
        copy.inspector = plan.inspector;
        copy.recurrenceMonths = plan.recurrenceMonths;
        return copy;
    }

    /** An open consultation at the expected version; a closed or declined one is a conflict. */
    private static ConsultationEntity open(EntityManager em, long id, Long expectedVersion, String step) {
        ConsultationEntity entity = find(em, id);
        Versions.check(expectedVersion, entity.version());
        if (!entity.state().isOpen()) {
            throw new ConflictException("Consultation " + id + " is already " + entity.state() + "; it can no longer be " + step);
        }
        return entity;
    }

    private static ConsultationEntity find(EntityManager em, long id) {
        ConsultationEntity entity = em.find(ConsultationEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("Consultation", id);
        }
        return entity;
    }

    /** The consultation if the caller may see it (their unit's, or their own request); otherwise "not found". */
    private static ConsultationEntity visible(EntityManager em, Caller caller, List<String> units, long id) {
        ConsultationEntity entity = em.find(ConsultationEntity.class, id);
        if (entity == null || !InspectionAccess.maySeeUnit(caller, units, entity.unit())
                && !entity.requestedBy().equals(caller.name())) {
            throw new NotFoundException("Consultation", id);
        }
        return entity;
    }

    /** Posts {@link InspectionEvents#CONSULTATION_CLOSED} for a consultation that was just closed or declined. */
    private Consultation ended(Consultation c) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(InspectionEvents.CONSULTATION, c.id);
        properties.put(InspectionEvents.UNIT, c.unit);
        properties.put(InspectionEvents.STATE, c.state.name());
        if (c.inspection != null) {
            properties.put(InspectionEvents.INSPECTION, c.inspection);
        }
        Events.post(events, InspectionEvents.CONSULTATION_CLOSED, properties);
        return c;
    }

}
