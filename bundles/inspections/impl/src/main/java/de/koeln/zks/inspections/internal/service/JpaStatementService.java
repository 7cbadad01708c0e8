package de.koeln.zks.inspections.internal.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

import de.koeln.zks.inspections.api.Finding;
import de.koeln.zks.inspections.api.Inspection;
import de.koeln.zks.inspections.api.InspectionEvents;
import de.koeln.zks.inspections.api.InspectionState;
import de.koeln.zks.inspections.api.Statement;
import de.koeln.zks.inspections.api.StatementFile;
import de.koeln.zks.inspections.api.StatementQuery;
import de.koeln.zks.inspections.api.StatementRevision;
import de.koeln.zks.inspections.api.StatementService;
import de.koeln.zks.inspections.api.StatementState;
import de.koeln.zks.inspections.internal.domain.InspectionAccess;
import de.koeln.zks.inspections.internal.domain.StatementDrafts;
import de.koeln.zks.inspections.internal.domain.StatementRules;
import de.koeln.zks.inspections.internal.jpa.InspectionEntity;
import de.koeln.zks.inspections.internal.jpa.StatementEntity;
import de.koeln.zks.inspections.internal.jpa.StatementPdfEntity;
import de.koeln.zks.inspections.internal.jpa.StatementRevisionEntity;
import de.koeln.zks.inspections.internal.jpa.TemplateEntity;
import de.koeln.zks.inspections.internal.pdf.FindingLine;
import de.koeln.zks.inspections.internal.pdf.StatementDocument;
import de.koeln.zks.inspections.internal.pdf.StatementPdf;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.Events;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.platform.support.Versions;

/**
 * Written statements in the persistence unit {@code zks-inspections}: drafts with every revision kept, release by
 * a second security manager (four eyes), and the PDF rendered once at release and kept as the document of record.
 * The staff of a unit read the released statements on their unit; drafts are internal to security management.
 */
@Component(service = StatementService.class)
public class JpaStatementService implements StatementService {
    private static final String TITLE = "Stellungnahme";

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final UserDirectory users;
    private final EventAdmin events;
    private final Clock clock;

    @Activate
    public JpaStatementService(@Reference(target = InspectionTx.UNIT_TARGET) JpaTemplate jpa, @Reference AuditService audit,
            @Reference UserDirectory users, @Reference EventAdmin events) {
        this(jpa, audit, users, events, Clock.systemUTC());
    }

    JpaStatementService(JpaTemplate jpa, AuditService audit, UserDirectory users, EventAdmin events, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Statement draft(Caller caller, Statement statement) {
        InspectionAccess.requireManager(caller, "write statements");
        boolean onInspection = statement != null && statement.inspection != null;
        Validator v = new Validator();
        Statement clean = StatementRules.clean(v, statement, !onInspection, !onInspection);
        v.throwIfInvalid();
        LocalDateTime now = UtcTimes.now(clock);
        return InspectionTx.write(jpa, em -> {
            if (onInspection) {
                takeOver(em, clean);
            }
            clean.kind = StatementRules.kindOr(clean.kind, clean.inspection);
            StatementEntity entity = new StatementEntity(clean, caller.name(), now);
            em.persist(entity);
            em.flush();
            entity.defaultReference();
            em.persist(new StatementRevisionEntity(entity, caller.name(), now));
            em.flush();
            audit.record(caller, AuditAction.CREATE, InspectionTx.MODULE, "statement", String.valueOf(entity.id()),
                entity.reference() + (clean.inspection == null ? "" : ", inspection " + clean.inspection));
            return view(em, entity);
        });
    }

    /** Unit, location and (when not written) the text of a statement on a completed inspection. */
    private static void takeOver(EntityManager em, Statement clean) {
        InspectionEntity inspection = em.find(InspectionEntity.class, clean.inspection);
        if (inspection == null) {
            throw new ValidationException("inspection", "there is no inspection " + clean.inspection);
        }
        if (inspection.state() != InspectionState.COMPLETED) {
            throw new ValidationException("inspection", "inspection " + clean.inspection + " is " + inspection.state()
                + "; a statement takes up the findings of a completed inspection");
        }
        Inspection dto = inspection.toDto();
        TemplateEntity template = em.find(TemplateEntity.class, inspection.templateId());
        if (template != null) {
            dto.templateName = template.name();
            dto.templateVersion = template.templateVersion();
        }
        if (clean.unit == null) {
            clean.unit = dto.unit;
        }
        if (clean.location == null) {
            clean.location = dto.location;
        }
        if (clean.text == null) {
            clean.text = StatementDrafts.draft(clean.subject, dto, JpaInspectionService.findingsOf(em, clean.inspection));
        }
    }

    @Override
    public Statement edit(Caller caller, long id, Statement statement, Long expectedVersion) {
        InspectionAccess.requireManager(caller, "write statements");
        Validator v = new Validator();
        Statement clean = StatementRules.clean(v, statement, true, false);
        v.throwIfInvalid();
        LocalDateTime now = UtcTimes.now(clock);
        return InspectionTx.write(jpa, em -> {
            StatementEntity entity = find(em, id);
            Versions.check(expectedVersion, entity.version());
            if (entity.state() == StatementState.RELEASED) {
                throw new ConflictException("Statement " + entity.reference() + " is released and can no longer be changed");
            }
            if (clean.inspection != null && !clean.inspection.equals(entity.inspectionId())) {
                throw new ValidationException("inspection", "the inspection of a statement cannot be changed");
            }
            Statement current = entity.toDto();
            clean.inspection = entity.inspectionId();
            clean.unit = clean.unit == null ? current.unit : clean.unit;
            clean.location = clean.location == null ? current.location : clean.location;
            clean.kind = clean.kind == null ? current.kind : clean.kind;
            if (entity.edit(clean, caller.name(), now)) {
                em.persist(new StatementRevisionEntity(entity, caller.name(), now));
                em.flush();
                audit.record(caller, AuditAction.UPDATE, InspectionTx.MODULE, "statement", String.valueOf(id),
                    "revision " + entity.revision());
            }
            return view(em, entity);
        });
    }

    @Override
    public Statement get(Caller caller, long id) {
        InspectionAccess.requireStaff(caller);
        List<String> units = units(caller);
        return InspectionTx.read(jpa, em -> view(em, visible(em, caller, units, id)));
    }

    @Override
    public Page<Statement> list(Caller caller, StatementQuery query, int offset, int limit) {
        InspectionAccess.requireStaff(caller);
        Paging paging = Paging.of(offset, limit);
        StatementQuery q = query == null ? new StatementQuery() : query;
        boolean manager = InspectionAccess.isManager(caller);
        List<String> units = units(caller);
        if (!manager && (units.isEmpty() || q.state == StatementState.DRAFT)) {
            return new Page<>(List.of(), paging.offset(), paging.limit(), 0);
        }
        Conditions where = new Conditions();
        if (!manager) {
            where.and("s.state = :released", "released", StatementState.RELEASED).in("s.unit", "units", units);
        }
        where.and("s.state = :state", "state", q.state).and("s.kind = :kind", "kind", q.kind).and("s.unit = :unit", "unit", q.unit)
            .and("s.inspectionId = :inspection", "inspection", q.inspection);
        return InspectionTx.read(jpa, em -> {
            TypedQuery<StatementEntity> page = where.bind(em.createQuery("SELECT s FROM StatementEntity s" + where.jpql()
                + " ORDER BY s.id DESC", StatementEntity.class));
            TypedQuery<Long> count = where.bind(em.createQuery("SELECT COUNT(s) FROM StatementEntity s" + where.jpql(), Long.class));
            List<Statement> items = page.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList()
                .stream().map(StatementEntity::toDto).toList();
            return new Page<>(items, paging.offset(), paging.limit(), count.getSingleResult());
        });
    }

    @Override
    public List<StatementRevision> revisions(Caller caller, long id) {
        InspectionAccess.requireManager(caller, "read the revisions of statements");
        return InspectionTx.read(jpa, em -> {
            find(em, id);
            return revisionsOf(em, id).stream().map(StatementRevisionEntity::toDto).toList();
        });
    }

    @Override
    public Statement release(Caller caller, long id, Long expectedVersion) {
        InspectionAccess.requireManager(caller, "release statements");
        LocalDateTime now = UtcTimes.now(clock);
        Statement released = InspectionTx.write(jpa, em -> {
            StatementEntity entity = find(em, id);
            Versions.check(expectedVersion, entity.version());
            if (entity.state() == StatementState.RELEASED) {
                throw new ConflictException("Statement " + entity.reference() + " is already released");
            }
            List<StatementRevisionEntity> revisions = revisionsOf(em, id);
            if (caller.name().equals(entity.author()) || revisions.stream().anyMatch(r -> caller.name().equals(r.editedBy()))) {
                throw new ForbiddenException("Four eyes: " + caller.name() + " wrote or edited statement " + entity.reference()
                    + "; another security manager releases it");
            }
            entity.release(caller.name(), now);
            em.flush();
            Statement dto = view(em, entity);
            String fileName = fileName(dto);
            em.persist(new StatementPdfEntity(id, fileName, render(dto), now));
            audit.record(caller, AuditAction.STATUS_CHANGE, InspectionTx.MODULE, "statement", String.valueOf(id),
                "released revision " + entity.revision());
            return dto;
        });
        Events.post(events, InspectionEvents.STATEMENT_RELEASED, Map.of(InspectionEvents.STATEMENT, released.id,
            InspectionEvents.UNIT, released.unit));
        return released;
    }

    @Override
    public StatementFile pdf(Caller caller, long id) {
        InspectionAccess.requireStaff(caller);
        List<String> units = units(caller);
        return InspectionTx.read(jpa, em -> {
            StatementEntity entity = visible(em, caller, units, id);
            if (entity.state() != StatementState.RELEASED) {
                throw new ConflictException("Statement " + entity.reference() + " is a draft; its PDF is made when it is released");
            }
            StatementPdfEntity pdf = em.find(StatementPdfEntity.class, id);
            if (pdf == null) {
                throw new NotFoundException("PDF of statement", id);
            }
            return new StatementFile(view(em, entity), pdf.fileName(), pdf.content());
        });
    }

    /** The statement as printed: its text and the findings of its inspection in a table. */
    static byte[] render(Statement s) {
        List<FindingLine> lines = s.findings.stream()
            .map(f -> new FindingLine(f.item, f.question, StatementDrafts.riskLabel(f.risk), f.note)).toList();
        return StatementPdf.render(new StatementDocument(TITLE, s.subject, s.reference, s.unit,
            StatementDrafts.place(s.location), s.text, lines, s.author, s.releasedBy, s.releasedAt, s.revision));
    }

    /** e.g. {@code Stellungnahme-ST-2027-0014.pdf}: the reference with anything but letters, digits, '-' and '_' as '_'. */
    static String fileName(Statement s) {
        return TITLE + "-" + s.reference.replaceAll("[^A-Za-z0-9_-]", "_") + ".pdf";
    }

    private Statement view(EntityManager em, StatementEntity entity) {
        Statement dto = entity.toDto();
        if (entity.inspectionId() != null) {
            List<Finding> findings = JpaInspectionService.findingsOf(em, entity.inspectionId());
            dto.findings = findings;
        }
        return dto;
    }

    private static List<StatementRevisionEntity> revisionsOf(EntityManager em, long id) {
        return em.createQuery("SELECT r FROM StatementRevisionEntity r WHERE r.statementId = :s ORDER BY r.revision",
            StatementRevisionEntity.class).setParameter("s", id).getResultList();
    }

    private static StatementEntity find(EntityManager em, long id) {
        StatementEntity entity = em.find(StatementEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("Statement", id);
        }
        return entity;
    }

    /** Security management sees every statement; the staff of a unit its released ones; anything else is "not found". */
    private static StatementEntity visible(EntityManager em, Caller caller, List<String> units, long id) {
        StatementEntity entity = find(em, id);
        if (!InspectionAccess.isManager(caller)
                && (entity.state() != StatementState.RELEASED || !units.contains(entity.unit()))) {
            throw new NotFoundException("Statement", id);
        }
        return entity;
    }

    private List<String> units(Caller caller) {
        return InspectionAccess.isManager(caller) ? List.of() : users.unitsOf(caller.name());
    }
}
