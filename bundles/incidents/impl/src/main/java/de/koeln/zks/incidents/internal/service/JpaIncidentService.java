package de.koeln.zks.incidents.internal.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.incidents.api.Comment;
import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentEvents;
import de.koeln.zks.incidents.api.IncidentExport;
import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.IncidentStatistics;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.incidents.api.Measure;
import de.koeln.zks.incidents.api.MeasureQuery;
import de.koeln.zks.incidents.api.StatusChange;
import de.koeln.zks.incidents.api.StatusRequest;
import de.koeln.zks.incidents.internal.domain.Access;
import de.koeln.zks.incidents.internal.duties.DutyRulesSource;
import de.koeln.zks.incidents.internal.domain.IncidentValidation;
import de.koeln.zks.incidents.internal.domain.Lifecycle;
import de.koeln.zks.incidents.internal.jpa.IncidentEntity;
import de.koeln.zks.incidents.internal.jpa.IncidentQueries;
import de.koeln.zks.incidents.internal.jpa.StatusChangeEntity;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.incidents.internal.jpa.Where;
import de.koeln.zks.incidents.internal.retention.IncidentsConfig;
import de.koeln.zks.platform.api.AuditAction;

import de.koeln.zks.platform.spi.ExtraFields;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.Sorting;
import de.koeln.zks.platform.support.Transactions;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.platform.support.Versions;

/**
 * Incidents in the persistence unit {@code zks-incidents}. Each write is one transaction together with its
 * audit line; events are posted after it is stored. Measures and comments, statistics and export, and
 * retention are delegated to {@link IncidentNotes}, {@link IncidentReports} and {@link RetentionEraser}.
 */
@Component(service = IncidentService.class, configurationPid = IncidentsConfig.PID)
public class JpaIncidentService implements IncidentService {
    static final String MODULE = "incidents";
    static final String RECORD = "incident";
    static final String UNIT_NAME = "zks-incidents";
    private static final Logger LOG = LoggerFactory.getLogger(JpaIncidentService.class);

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final EventPublisher events;
    private final Clock clock;
    private final IncidentNotes notes;
    private final IncidentReports reports;
    private final RetentionEraser retention;
    private final DutyRulesSource duties;
    private final ExtraValuesPresence extraValues = new ExtraValuesPresence();
    private volatile int retentionDays;

    /** The extra fields of the plugins; without it no extra values can be accepted (stored ones are still shown). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    private volatile ExtraFields extraFields;

    @Activate
    public JpaIncidentService(@Reference(target = "(osgi.unit.name=" + UNIT_NAME + ")") JpaTemplate jpa,
            @Reference AuditService audit, @Reference EventAdmin eventAdmin, @Reference DutyRulesSource duties,
            IncidentsConfig config) {
        this(jpa, audit, eventAdmin, duties, Clock.systemUTC(), config.retentionDays());
        SchemaUpgrade.run(jpa);
    }

    JpaIncidentService(JpaTemplate jpa, AuditService audit, EventAdmin eventAdmin, DutyRulesSource duties, Clock clock,
            int retentionDays) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = new EventPublisher(eventAdmin);
        this.clock = clock;
        this.notes = new IncidentNotes(jpa, audit, clock);
        this.reports = new IncidentReports(jpa, audit);
        this.retention = new RetentionEraser(jpa, audit, clock);
        this.duties = duties;
        setRetentionDays(retentionDays);
    }

    @Modified
    void modified(IncidentsConfig config) {
        setRetentionDays(config.retentionDays());
    }

    private void setRetentionDays(int days) {
        if (days < 1) {
            LOG.warn("retentionDays {} is not positive; using {}", days, IncidentsConfig.DEFAULT_RETENTION_DAYS);
            days = IncidentsConfig.DEFAULT_RETENTION_DAYS;
        } else if (days < IncidentsConfig.DEFAULT_RETENTION_DAYS) {
            LOG.warn("retentionDays {} is below the accident insurer's minimum of {} days for first-aid records",
                days, IncidentsConfig.DEFAULT_RETENTION_DAYS);
        }
        this.retentionDays = days;
    }

    @Override
    public Incident report(Caller caller, IncidentInput input, String idempotencyKey) {
        Access.requireReporting(caller);
        return store(caller, caller.name(), IncidentStatus.REPORTED, input, idempotencyKey);
    }

    @Override
    public Incident draft(Caller caller, String reporter, IncidentInput input, String idempotencyKey) {
        if (!caller.name().equals(reporter)) {
            Access.requireManager(caller, "prepare drafts for others");
        }
        Validator v = new Validator();
        v.requiredText("reporter", reporter, 128);
        v.throwIfInvalid();
        return store(caller, reporter, IncidentStatus.DRAFT, input, idempotencyKey);
    }

    private Incident store(Caller caller, String reporter, IncidentStatus status, IncidentInput input, String idempotencyKey) {
        Validator v = new Validator();
        String key = IncidentValidation.idempotencyKey(v, idempotencyKey);
        IncidentInput clean = IncidentValidation.clean(v, input, clock, duties.current()::suggestedLevel);
        v.throwIfInvalid();
        Map<String, String> extra = IncidentExtras.check(extraFields, clean.unit, input.extra, Map.of());
        Caller owner = caller.name().equals(reporter) ? caller : new Caller(reporter, java.util.Set.of());
        if (key != null) {
            Optional<Incident> earlier = findByKey(owner, caller, key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Stored stored = Transactions.retryOnContention(() -> insertOrFindEarlier(caller, owner, status, clean, extra, key));
        if (stored.created() && status == IncidentStatus.REPORTED) {
            // a draft is reported when its reporter submits it (STATUS_CHANGED to REPORTED)
            events.incident(IncidentEvents.REPORTED, stored.incident(), null);
        }
        return stored.incident();
    }

    private record Stored(Incident incident, boolean created) {
    }

    /**
     * Stores the report; when that fails and a concurrent submit with the same key won the unique constraint
     * {@code (REPORTED_BY, IDEMPOTENCY_KEY)}, answers what that one stored.
     */
    private Stored insertOrFindEarlier(Caller caller, Caller owner, IncidentStatus status, IncidentInput clean,
            Map<String, String> extra, String key) {
        try {
            return new Stored(jpa.txExpr(TransactionType.Required, em -> insert(em, caller, owner, status, clean, extra, key)), true);
        } catch (RuntimeException e) {
            Optional<Incident> earlier = key == null ? Optional.empty() : findByKey(owner, caller, key);
            if (earlier.isEmpty()) {
                throw e;
            }
            LOG.debug("Concurrent submit of the same idempotency key by {}: answered incident {}", caller.name(),
                earlier.get().id);
            return new Stored(earlier.get(), false);
        }
    }

    private Incident insert(EntityManager em, Caller caller, Caller owner, IncidentStatus status, IncidentInput clean,
            Map<String, String> extra, String key) {
        LocalDateTime now = UtcTimes.now(clock);
        IncidentEntity entity = new IncidentEntity(clean, status, owner.name(), key, now);
        em.persist(entity);
        em.flush();
        extraValues.storing(extra);
        IncidentExtras.storeNew(em, entity.id(), extra);
        em.persist(new StatusChangeEntity(entity.id(), null, status, null, caller.name(), now));
        DutyPlanner.planNew(em, entity.toDto(), duties.current(), now);
        em.flush();
        audit.record(caller, AuditAction.CREATE, MODULE, RECORD, String.valueOf(entity.id()), summary(clean));
        return view(entity, caller, extra); // what was just stored: nothing to read back
    }

    /** The incident {@code owner} stored with {@code key}, as {@code caller} may see it. */
    private Optional<Incident> findByKey(Caller owner, Caller caller, String key) {
        return jpa.txExpr(TransactionType.Supports, em -> IncidentQueries.byIdempotencyKey(em, owner.name(), key)
            .map(e -> view(em, e, caller)));
    }

    @Override
    public Incident get(Caller caller, long id) {
        Access.requireReporting(caller);
        Optional<Incident> found = Tx.write(jpa, em -> IncidentQueries.findVisible(em, caller, id)
            .map(e -> {
                if (!Access.isReporter(caller, e.reportedBy()) && !e.erased()) {
                    audit.record(caller, AuditAction.READ_PERSONAL, MODULE, RECORD, String.valueOf(id), null);
                }
                return view(em, e, caller);
            }));
        return found.orElseThrow(() -> new NotFoundException("Incident", id));
    }

    @Override
    public Page<Incident> list(Caller caller, IncidentQuery query, int offset, int limit, String sort) {
        Access.requireReporting(caller);
        Paging paging = Paging.of(offset, limit);
        Sorting sorting = Sorting.parse(sort, IncidentQueries.SORTABLE.keySet(), IncidentQueries.DEFAULT_SORT);
        IncidentQuery q = Access.restrict(caller, query);
        Validator v = new Validator();
        IncidentValidation.query(v, q);
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Supports, em -> {
            Where where = Where.of(q);
            List<IncidentEntity> rows = IncidentQueries.page(em, where, sorting, paging.offset(), paging.limit());
            Map<Long, Map<String, String>> extras = extrasOf(em, rows.stream().map(IncidentEntity::id).toList());
            List<Incident> items = rows.stream().map(e -> view(e, caller, extras.get(e.id()))).toList();
            long total = paging.total(items.size(), () -> IncidentQueries.count(em, where));
            return new Page<>(items, paging.offset(), paging.limit(), total);
        });
    }

    @Override
    public long count(Caller caller, IncidentQuery query) {
        Access.requireReporting(caller);
        IncidentQuery q = Access.restrict(caller, query);
        Validator v = new Validator();
        IncidentValidation.query(v, q);
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Supports, em -> IncidentQueries.count(em, Where.of(q)));
    }

    @Override
    public Incident update(Caller caller, long id, IncidentInput input, Long expectedVersion) {
        Access.requireReporting(caller);
        Validator v = new Validator();
        IncidentInput clean = IncidentValidation.clean(v, input, clock, duties.current()::suggestedLevel);
        v.throwIfInvalid();
        Incident updated = Tx.write(jpa, em -> {
            IncidentEntity entity = IncidentQueries.visible(em, caller, id);
            Access.checkUpdate(caller, id, entity.reportedBy(), entity.status());
            Versions.check(expectedVersion, entity.version());
            Map<String, String> extra = IncidentExtras.check(extraFields, clean.unit, input.extra, extrasOf(em, id));
            LocalDateTime now = UtcTimes.now(clock);
            entity.apply(clean, now);
            extraValues.storing(extra);
            IncidentExtras.store(em, id, extra);
            DutyPlanner.plan(em, entity.toDto(), duties.current(), now);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, MODULE, RECORD, String.valueOf(id), summary(clean));
            return view(em, entity, caller);
        });
        events.incident(IncidentEvents.UPDATED, updated, null);
        return updated;
    }

    private record Transition(Incident incident, IncidentStatus from) {
    }

    @Override
    public Incident changeStatus(Caller caller, long id, StatusRequest request, Long expectedVersion) {
        Access.requireReporting(caller);
        Validator v = new Validator();
        StatusRequest clean = IncidentValidation.statusRequest(v, request);
        v.throwIfInvalid();
        Transition t = Tx.write(jpa, em -> {
            IncidentEntity entity = IncidentQueries.visible(em, caller, id);
            if (!Access.isManager(caller) && !(entity.status() == IncidentStatus.DRAFT && clean.status == IncidentStatus.REPORTED)) {
                Access.requireManager(caller, "change the status of incidents (a reporter only submits a draft)");
            }
            Versions.check(expectedVersion, entity.version());
            IncidentStatus from = entity.status();
            Lifecycle.check(from, clean.status, clean.reason);
            LocalDateTime now = UtcTimes.now(clock);
            entity.moveTo(clean.status, clean.reason, now);
            em.persist(new StatusChangeEntity(id, from, clean.status, clean.reason, caller.name(), now));
            DutyPlanner.plan(em, entity.toDto(), duties.current(), now);
            em.flush();
            audit.record(caller, AuditAction.STATUS_CHANGE, MODULE, RECORD, String.valueOf(id), from + " -> " + clean.status);
            return new Transition(view(em, entity, caller), from);
        });
        events.incident(IncidentEvents.STATUS_CHANGED, t.incident(), t.from());
        return t.incident();
    }

    @Override
    public List<StatusChange> history(Caller caller, long id) {
        Access.requireReporting(caller);
        Optional<List<StatusChange>> history = jpa.txExpr(TransactionType.Supports, em ->
            IncidentQueries.findVisible(em, caller, id).map(e -> IncidentQueries.history(em, id).stream()
                .map(StatusChangeEntity::toDto).toList()));
        return history.orElseThrow(() -> new NotFoundException("Incident", id));
    }

    @Override
    public Measure addMeasure(Caller caller, long incidentId, Measure measure) {
        return notes.addMeasure(caller, incidentId, measure);
    }

    @Override
    public Measure updateMeasure(Caller caller, long incidentId, long measureId, Measure measure, Long expectedVersion) {
        return notes.updateMeasure(caller, incidentId, measureId, measure, expectedVersion);
    }

    @Override
    public List<Measure> measures(Caller caller, long incidentId) {
        return notes.measures(caller, incidentId);
    }

    @Override
    public Page<Measure> measures(Caller caller, MeasureQuery query, int offset, int limit) {
        return notes.measures(caller, query, Paging.of(offset, limit));
    }

    @Override
    public Comment addComment(Caller caller, long incidentId, Comment comment) {
        return notes.addComment(caller, incidentId, comment);
    }

    @Override
    public List<Comment> comments(Caller caller, long incidentId) {
        return notes.comments(caller, incidentId);
    }

    @Override
    public IncidentStatistics statistics(Caller caller, OffsetDateTime from, OffsetDateTime to) {
        return reports.statistics(caller, from, to);
    }

    @Override
    public IncidentExport export(Caller caller, IncidentQuery query, int maxRows) {
        return reports.export(caller, query, maxRows);
    }

    @Override
    public int eraseExpired(Caller caller) {
        return retention.eraseExpired(caller, retentionDays);
    }

    /** The incident as the caller may see it, with the level the rules suggest for its kind. */
    private Incident view(EntityManager em, IncidentEntity entity, Caller caller) {
        return view(entity, caller, extrasOf(em, entity.id()));
    }

    private Map<String, String> extrasOf(EntityManager em, long id) {
        return extrasOf(em, List.of(id)).getOrDefault(id, Map.of());
    }

    /** The stored extra values of the incidents; no query while no incident has any. */
    private Map<Long, Map<String, String>> extrasOf(EntityManager em, List<Long> ids) {
        return extraValues.mayExist(em) ? IncidentExtras.of(em, ids) : Map.of();
    }

    private Incident view(IncidentEntity entity, Caller caller, Map<String, String> extra) {
        Incident incident = Access.redact(entity.toDto(), caller);
        incident.suggestedLevel = duties.current().suggestedLevel(incident.kind);
        incident.extra = IncidentExtras.present(extraFields, extra);
        return incident;
    }

    /** For tests: the plugins' extra fields. */
    void extraFields(ExtraFields fields) {
        this.extraFields = fields;
    }

    /** What the audit trail says of a report: no personal data. */
    private static String summary(IncidentInput in) {
        return "kind " + in.kind + ", level " + in.level + ", unit " + in.unit;
    }
}
