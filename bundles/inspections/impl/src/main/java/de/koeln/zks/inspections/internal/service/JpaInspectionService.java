package de.koeln.zks.inspections.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

import de.koeln.zks.inspections.api.Answer;
import de.koeln.zks.inspections.api.AnswerResult;
import de.koeln.zks.inspections.api.Finding;
import de.koeln.zks.inspections.api.FindingFollowUp;
import de.koeln.zks.inspections.api.FollowUp;
import de.koeln.zks.inspections.api.Inspection;
import de.koeln.zks.inspections.api.InspectionEvents;
import de.koeln.zks.inspections.api.InspectionQuery;
import de.koeln.zks.inspections.api.InspectionService;
import de.koeln.zks.inspections.api.InspectionState;
import de.koeln.zks.inspections.api.LocationIncidents;
import de.koeln.zks.inspections.api.MeasureState;
import de.koeln.zks.inspections.api.Photo;
import de.koeln.zks.inspections.api.PhotoContent;
import de.koeln.zks.inspections.internal.attachments.UploadCheck;
import de.koeln.zks.inspections.internal.attachments.UploadRefused;
import de.koeln.zks.inspections.internal.domain.Findings;
import de.koeln.zks.inspections.internal.domain.InspectionAccess;
import de.koeln.zks.inspections.internal.domain.InspectionValidation;
import de.koeln.zks.inspections.internal.jpa.AnswerEntity;
import de.koeln.zks.inspections.internal.jpa.FindingEntity;
import de.koeln.zks.inspections.internal.jpa.InspectionEntity;
import de.koeln.zks.inspections.internal.jpa.ItemColumns;
import de.koeln.zks.inspections.internal.jpa.PhotoEntity;
import de.koeln.zks.inspections.internal.jpa.TemplateEntity;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.problem.ApiException;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.FieldError;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.Events;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.platform.support.Versions;

/** Inspections in the persistence unit {@code zks-inspections}. */
@Component(service = InspectionService.class)
public class JpaInspectionService implements InspectionService {
    private static final String SAME_BUILDING = "LOWER(i.place.building) = :building";
    /** The largest photo or PDF an inspection item takes (a phone photo; below the platform's body limit). */
    static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final UserDirectory users;
    private final EventAdmin events;
    private final Clock clock;
    /** The incidents at a location: there only where the incidents module (and the link to it) is installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    volatile LocationIncidents locationIncidents;

    @Activate
    public JpaInspectionService(@Reference(target = InspectionTx.UNIT_TARGET) JpaTemplate jpa, @Reference AuditService audit,
            @Reference UserDirectory users, @Reference EventAdmin events) {
        this(jpa, audit, users, events, Clock.systemUTC());
    }

    JpaInspectionService(JpaTemplate jpa, AuditService audit, UserDirectory users, EventAdmin events, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Inspection plan(Caller caller, Inspection inspection) {
        InspectionAccess.requireManager(caller, "plan inspections");
        Validator v = new Validator();
        Inspection clean = InspectionValidation.plan(v, inspection);
        v.throwIfInvalid();
        return InspectionTx.write(jpa, em -> view(em, insertPlanned(em, audit, caller, clean, null)));
    }

    /**
     * Stores a planned inspection from a validated plan in the caller's transaction (planning directly or from a
     * consultation) and audits it; an unknown template is a field error.
     */
    static InspectionEntity insertPlanned(EntityManager em, AuditService audit, Caller caller, Inspection clean,
            Long consultation) {
        if (em.find(TemplateEntity.class, clean.template) == null) {
            throw new ValidationException("template", "template " + clean.template + " does not exist");
        }
        InspectionEntity entity = new InspectionEntity(clean, null, caller.name());
        if (consultation != null) {
            entity.plannedFrom(consultation);
        }
        em.persist(entity);
        em.flush();
        audit.record(caller, AuditAction.CREATE, InspectionTx.MODULE, "inspection", String.valueOf(entity.id()),
            clean.unit + ", " + clean.scheduledFor + (consultation == null ? "" : ", from consultation " + consultation));
        return entity;
    }

    @Override
    public Inspection get(Caller caller, long id) {
        InspectionAccess.requireStaff(caller);
        List<String> units = users.unitsOf(caller.name());
        Inspection inspection = InspectionTx.read(jpa, em -> view(em, visible(em, caller, units, id)));
        if (InspectionAccess.isManager(caller)) {
            // outside the transaction; like the incident statistics, for security management only
            inspection.incidentsLast12Months = IncidentHistory.last12Months(locationIncidents, inspection, clock);
        }
        return inspection;
    }

    @Override
    public Page<Inspection> list(Caller caller, InspectionQuery query, int offset, int limit) {
        InspectionAccess.requireStaff(caller);
        Paging paging = Paging.of(offset, limit);
        InspectionQuery q = query == null ? new InspectionQuery() : query;
        Conditions where = readableBy(caller);
        if (where == null) {
            return new Page<>(List.of(), paging.offset(), paging.limit(), 0);
        }
        LocalDate today = UtcTimes.today(clock);
        where.and("i.unit = :unit", "unit", q.unit);
        if (q.overdue) {
            where.and("i.state <> :completed", "completed", InspectionState.COMPLETED).and("i.scheduledFor < :today", "today", today);
        } else {
            where.and("i.state = :state", "state", q.state);
        }
        where.and("i.scheduledFor >= :from", "from", q.from).and("i.scheduledFor < :to", "to", q.to);
        where.and(SAME_BUILDING, "building", buildingKey(q.building));
        return InspectionTx.read(jpa, em -> {
            TypedQuery<InspectionEntity> page = where.bind(em.createQuery("SELECT i FROM InspectionEntity i" + where.jpql()
                + " ORDER BY i.scheduledFor, i.id", InspectionEntity.class));
            List<Inspection> items = page.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList()
                .stream().map(i -> view(em, i)).toList();
            return new Page<>(items, paging.offset(), paging.limit(), count(em, where));
        });
    }

    @Override
    public boolean openAt(Caller caller, String building) {
        InspectionAccess.requireStaff(caller);
        Conditions where = readableBy(caller);
        String key = buildingKey(building);
        if (where == null || key == null) {
            return false;
        }
        where.and(SAME_BUILDING, "building", key).and("i.state IN (:planned, :inProgress)",
            Map.of("planned", InspectionState.PLANNED, "inProgress", InspectionState.IN_PROGRESS));
        return InspectionTx.read(jpa, em -> count(em, where) > 0);
    }

    /** How many inspections meet the conditions. */
    private static long count(EntityManager em, Conditions where) {
        return where.bind(em.createQuery("SELECT COUNT(i) FROM InspectionEntity i" + where.jpql(), Long.class))
            .getSingleResult();
    }

    /** The inspections the caller may read: all for security managers, else those of their units; null for none. */
    private Conditions readableBy(Caller caller) {
        if (InspectionAccess.isManager(caller)) {
            return new Conditions();
        }
        List<String> units = users.unitsOf(caller.name());
        return units.isEmpty() ? null : new Conditions().in("i.unit", "units", units);
    }

    /** A building as inspections are searched by it: lower case, without surrounding blanks; null for none. */
    private static String buildingKey(String building) {
        return building == null || building.isBlank() ? null : building.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public Inspection answer(Caller caller, long id, String itemKey, Answer answer, Long expectedVersion) {
        InspectionAccess.requireManager(caller, "perform inspections");
        Validator v = new Validator();
        Answer clean = InspectionValidation.answer(v, answer);
        v.throwIfInvalid();
        return InspectionTx.write(jpa, em -> {
            InspectionEntity inspection = find(em, id);
            Versions.check(expectedVersion, inspection.version());
            if (inspection.state() == InspectionState.COMPLETED) {
                throw new ConflictException("Inspection " + id + " is completed; its answers no longer change");
            }
            TemplateEntity template = JpaTemplateService.find(em, inspection.templateId());
            if (template.items().stream().noneMatch(i -> i.key().equals(itemKey))) {
                throw new ValidationException("key", "'" + itemKey + "' is not an item of template '" + template.name()
                    + "' version " + template.templateVersion());
            }
            LocalDateTime now = UtcTimes.now(clock);
            AnswerEntity entity = answers(em, id).stream().filter(a -> a.itemKey().equals(itemKey)).findFirst()
                .orElseGet(() -> {
                    AnswerEntity created = new AnswerEntity(id, itemKey);
                    em.persist(created);
                    return created;
                });
            entity.set(clean.result, clean.note, caller.name(), now);
            inspection.start(now);
            em.flush();
            return view(em, inspection);
        });
    }

    private record Completed(Inspection inspection, int findings) {
    }

    @Override
    public Inspection complete(Caller caller, long id, Long expectedVersion) {
        InspectionAccess.requireManager(caller, "complete inspections");
        Completed done = InspectionTx.write(jpa, em -> {
            InspectionEntity inspection = find(em, id);
            Versions.check(expectedVersion, inspection.version());
            if (inspection.state() == InspectionState.COMPLETED) {
                throw new ConflictException("Inspection " + id + " is already completed");
            }
            TemplateEntity template = JpaTemplateService.find(em, inspection.templateId());
            List<Findings.Item> items = template.items().stream().map(i -> new Findings.Item(i.key(), i.fromLevel())).toList();
            Map<String, Findings.Given> given = new HashMap<>();
            answers(em, id).forEach(a -> given.put(a.itemKey(), new Findings.Given(a.result(), a.note())));
            List<String> open = Findings.unanswered(items, given, inspection.riskLevel());
            if (!open.isEmpty()) {
                throw new ConflictException("Inspection " + id + " cannot be completed: " + open.size()
                    + " required items are unanswered: " + String.join(", ", open));
            }
            LocalDateTime now = UtcTimes.now(clock);
            Map<String, ItemColumns> byKey = new HashMap<>();
            template.items().forEach(i -> byKey.put(i.key(), i));
            List<Findings.Derived> derived = Findings.derive(items, given, inspection.riskLevel());
            for (Findings.Derived d : derived) {
                em.persist(new FindingEntity(inspection, byKey.get(d.key()), d.note(), d.risk(), now.toLocalDate()));
            }
            inspection.complete(now);
            if (inspection.previousId() != null) {
                resolveFindings(em, inspection, given, now.toLocalDate());
            }
            if (inspection.recurrenceMonths() != null) {
                Inspection next = inspection.toDto();
                next.template = latestOf(em, template).id();
                next.scheduledFor = inspection.scheduledFor().plusMonths(inspection.recurrenceMonths());
                em.persist(new InspectionEntity(next, inspection.id(), caller.name()));
            }
            em.flush();
            audit.record(caller, AuditAction.STATUS_CHANGE, InspectionTx.MODULE, "inspection", String.valueOf(id),
                "completed, " + derived.size() + " findings");
            return new Completed(view(em, inspection), derived.size());
        });
        Events.post(events, InspectionEvents.COMPLETED, Map.of(InspectionEvents.INSPECTION, id,
            InspectionEvents.UNIT, done.inspection().unit, InspectionEvents.FINDINGS, done.findings()));
        return done.inspection();
    }

    @Override
    public Inspection reinspect(Caller caller, long id, LocalDate scheduledFor) {
        InspectionAccess.requireManager(caller, "plan inspections");
        Validator v = new Validator();
        v.required("scheduledFor", scheduledFor);
        v.throwIfInvalid();
        return InspectionTx.write(jpa, em -> {
            InspectionEntity previous = find(em, id);
            if (previous.state() != InspectionState.COMPLETED) {
                throw new ConflictException("Inspection " + id + " is " + previous.state() + "; only a completed one is re-inspected");
            }
            Inspection next = previous.toDto();
            next.template = latestOf(em, JpaTemplateService.find(em, previous.templateId())).id();
            next.scheduledFor = scheduledFor;
            next.recurrenceMonths = null;
            InspectionEntity entity = new InspectionEntity(next, previous.id(), caller.name());
            em.persist(entity);
            em.flush();
            audit.record(caller, AuditAction.CREATE, InspectionTx.MODULE, "inspection", String.valueOf(entity.id()),
                "re-inspection of " + id);
            return view(em, entity);
        });
    }

    @Override
    public List<Finding> findings(Caller caller, long inspectionId) {
        InspectionAccess.requireStaff(caller);
        List<String> units = users.unitsOf(caller.name());
        return InspectionTx.read(jpa, em -> {
            visible(em, caller, units, inspectionId);
            return findingsOf(em, inspectionId);
        });
    }

    @Override
    public Photo addPhoto(Caller caller, long inspectionId, String itemKey, String fileName, String contentType,
            byte[] content) {
        InspectionAccess.requireManager(caller, "add photos to inspections");
        UploadCheck.Accepted accepted;
        try {
            accepted = UploadCheck.check(fileName, contentType, content == null ? new byte[0] : content, MAX_PHOTO_BYTES);
        } catch (UploadRefused e) {
            throw refused(e);
        }
        return InspectionTx.write(jpa, em -> {
            InspectionEntity inspection = find(em, inspectionId);
            if (inspection.state() == InspectionState.COMPLETED) {
                throw new ConflictException("Inspection " + inspectionId + " is completed; its photos no longer change");
            }
            TemplateEntity template = JpaTemplateService.find(em, inspection.templateId());
            if (template.items().stream().noneMatch(i -> i.key().equals(itemKey))) {
                throw new ValidationException("key", "'" + itemKey + "' is not an item of template '" + template.name() + "'");
            }
            PhotoEntity photo = new PhotoEntity(inspectionId, itemKey, accepted.fileName(), accepted.contentType(), content,
                caller.name(), UtcTimes.now(clock));
            em.persist(photo);
            em.flush();
            audit.record(caller, AuditAction.CREATE, InspectionTx.MODULE, "photo", String.valueOf(photo.id()),
                "inspection " + inspectionId + ", item " + itemKey + ", " + accepted.contentType() + ", " + accepted.size() + " bytes");
            return photo.toDto();
        });
    }

    @Override
    public List<Photo> photos(Caller caller, long inspectionId) {
        InspectionAccess.requireStaff(caller);
        List<String> units = users.unitsOf(caller.name());
        return InspectionTx.read(jpa, em -> {
            visible(em, caller, units, inspectionId);
            return em.createQuery("SELECT p FROM PhotoEntity p WHERE p.inspectionId = :i ORDER BY p.id", PhotoEntity.class)
                .setParameter("i", inspectionId).getResultList().stream().map(PhotoEntity::toDto).toList();
        });
    }

    @Override
    public PhotoContent photo(Caller caller, long inspectionId, long photoId) {
        InspectionAccess.requireStaff(caller);
        List<String> units = users.unitsOf(caller.name());
        return InspectionTx.read(jpa, em -> {
            visible(em, caller, units, inspectionId);
            PhotoEntity photo = em.find(PhotoEntity.class, photoId);
            if (photo == null || photo.inspectionId() != inspectionId) {
                throw new NotFoundException("Photo", photoId);
            }
            return new PhotoContent(photo.toDto(), photo.content());
        });
    }

    /** An upload refused by the checks, as the platform's problem with the field named. */
    private static ApiException refused(UploadRefused e) {
        if (e.status() == 400) {
            return new ValidationException(e.field(), e.getMessage());
        }
        String title = e.status() == 413 ? "Payload too large" : "Unsupported media type";
        return new ApiException(e.status(), title, e.getMessage(), List.of(new FieldError(e.field(), e.getMessage())), Map.of());
    }

    static List<Finding> findingsOf(EntityManager em, long inspectionId) {
        List<FindingEntity> found = em.createQuery("SELECT f FROM FindingEntity f WHERE f.inspectionId = :i ORDER BY f.id",
            FindingEntity.class).setParameter("i", inspectionId).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        if (!found.isEmpty()) {
            for (Object[] row : em.createQuery("SELECT m.findingId, m.state, COUNT(m) FROM MeasureEntity m WHERE m.inspectionId = :i "
                    + "GROUP BY m.findingId, m.state", Object[].class).setParameter("i", inspectionId).getResultList()) {
                long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
                c[0] += ((Number) row[2]).longValue();
                if (row[1] == MeasureState.OPEN) {
                    c[1] += ((Number) row[2]).longValue();
                }
            }
        }
        return found.stream().map(f -> {
            long[] c = counts.getOrDefault(f.id(), new long[2]);
            return f.toDto((int) c[0], (int) c[1]);
        }).toList();
    }

    /** The latest version of a template's name (a recurrence or re-inspection uses the standard as it is now). */
    private static TemplateEntity latestOf(EntityManager em, TemplateEntity template) {
        return em.createQuery("SELECT t FROM TemplateEntity t WHERE t.name = :n AND t.latest = TRUE", TemplateEntity.class)
            .setParameter("n", template.name()).getResultList().stream().findFirst().orElse(template);
    }

    static Inspection view(EntityManager em, InspectionEntity entity) {
        Inspection dto = entity.toDto();
        TemplateEntity template = em.find(TemplateEntity.class, entity.templateId());
        Map<String, AnswerEntity> given = new HashMap<>();
        answers(em, entity.id()).forEach(a -> given.put(a.itemKey(), a));
        dto.answers = new ArrayList<>();
        if (template != null) {
            dto.templateName = template.name();
            dto.templateVersion = template.templateVersion();
            for (ItemColumns item : template.items()) {
                Answer a = new Answer();
                a.key = item.key();
                a.category = item.category();
                a.question = item.question();
                a.required = Findings.required(item.fromLevel(), entity.riskLevel());
                AnswerEntity answered = given.get(item.key());
                if (answered != null) {
                    a.result = answered.result();
                    a.note = answered.note();
                    a.answeredBy = answered.answeredBy();
                    a.answeredAt = UtcTimes.offset(answered.answeredUtc());
                }
                dto.answers.add(a);
            }
        }
        dto.findings = findingsOf(em, entity.id());
        if (entity.previousId() != null) {
            Map<String, AnswerResult> results = new HashMap<>();
            given.forEach((key, a) -> results.put(key, a.result()));
            Set<String> keys = new HashSet<>();
            if (template != null) {
                template.items().forEach(i -> keys.add(i.key()));
            }
            dto.previousFindings = findingsOf(em, entity.previousId()).stream()
                .map(f -> followUp(f, keys.contains(f.item), results.get(f.item))).toList();
        }
        return dto;
    }

    static FindingFollowUp followUp(Finding finding, boolean inChecklist, AnswerResult now) {
        FindingFollowUp f = new FindingFollowUp();
        f.finding = finding;
        if (!inChecklist) {
            f.status = FollowUp.NOT_IN_CHECKLIST;
        } else if (now == null) {
            f.status = FollowUp.NOT_CHECKED_YET;
        } else {
            f.status = switch (now) {
                case OK -> FollowUp.RESOLVED;
                case DEFICIENT -> FollowUp.STILL_DEFICIENT;
                case NOT_APPLICABLE -> FollowUp.NOT_APPLICABLE;
            };
        }
        return f;
    }

    /** The previous inspection's findings whose items this completed one found in order are resolved by it. */
    private static void resolveFindings(EntityManager em, InspectionEntity inspection, Map<String, Findings.Given> given,
            LocalDate on) {
        em.createQuery("SELECT f FROM FindingEntity f WHERE f.inspectionId = :i", FindingEntity.class)
            .setParameter("i", inspection.previousId()).getResultList().stream()
            .filter(f -> given.get(f.itemKey()) != null && given.get(f.itemKey()).result() == AnswerResult.OK)
            .forEach(f -> f.resolve(inspection.id(), on));
    }

    private static List<AnswerEntity> answers(EntityManager em, long inspectionId) {
        return em.createQuery("SELECT a FROM AnswerEntity a WHERE a.inspectionId = :i", AnswerEntity.class)
            .setParameter("i", inspectionId).getResultList();
    }

    static InspectionEntity find(EntityManager em, long id) {
        InspectionEntity entity = em.find(InspectionEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("Inspection", id);
        }
        return entity;
    }

    /** The inspection if the caller may see it; another unit's is "not found". */
    private static InspectionEntity visible(EntityManager em, Caller caller, List<String> units, long id) {
        InspectionEntity entity = find(em, id);
        if (!InspectionAccess.maySeeUnit(caller, units, entity.unit())) {
            throw new NotFoundException("Inspection", id);
        }
        return entity;
    }

}
