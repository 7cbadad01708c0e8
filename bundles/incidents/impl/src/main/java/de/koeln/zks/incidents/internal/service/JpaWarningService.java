package de.koeln.zks.incidents.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

import de.koeln.zks.incidents.api.CheckPurpose;
import de.koeln.zks.incidents.api.CheckQuery;
import de.koeln.zks.incidents.api.CheckStatistics;
import de.koeln.zks.incidents.api.Warning;
import de.koeln.zks.incidents.api.WarningCheck;
import de.koeln.zks.incidents.api.WarningCheckRecord;
import de.koeln.zks.incidents.api.WarningCheckResult;
import de.koeln.zks.incidents.api.WarningQuery;
import de.koeln.zks.incidents.api.WarningReview;
import de.koeln.zks.incidents.api.WarningService;
import de.koeln.zks.incidents.api.WarningStatus;
import de.koeln.zks.incidents.internal.domain.Access;
import de.koeln.zks.incidents.internal.domain.WarningValidation;
import de.koeln.zks.incidents.internal.domain.WarningValidation.Periods;
import de.koeln.zks.incidents.internal.jpa.CheckEntity;
import de.koeln.zks.incidents.internal.jpa.IncidentQueries;
import de.koeln.zks.incidents.internal.jpa.WarningEntity;
import de.koeln.zks.incidents.internal.retention.IncidentsConfig;
import de.koeln.zks.incidents.internal.warnings.FileReference;
import de.koeln.zks.incidents.internal.warnings.PersonName;
import de.koeln.zks.incidents.internal.warnings.WarningMatcher;
import de.koeln.zks.incidents.internal.warnings.WarningMatcher.Person;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.platform.support.Versions;

/**
 * The warning register in the persistence unit {@code zks-incidents}. Four eyes: the proposer never decides on
 * their own proposal. The pre-contact check reads only active, unexpired entries, answers with the level and the
 * advice, and is audited twice: in the register's own check log (who, whom, why, answer), which security
 * managers read and which is erased after {@code checkRetentionDays}, and in the platform's audit trail without
 * the person's name.
 */
@Component(service = WarningService.class, configurationPid = IncidentsConfig.PID)
public class JpaWarningService implements WarningService {
    static final String RECORD = "warning";
    static final String CHECK_RECORD = "warning-check";

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final EventPublisher events;
    private final Clock clock;
    private volatile Settings settings;

    /** The register's periods from the module configuration. */
    record Settings(Periods periods, int eraseDays, int checkRetentionDays) {
        static Settings of(IncidentsConfig config) {
            return new Settings(new Periods(Math.max(1, config.warningMaxValidityDays()),
                Math.max(1, config.warningReviewMonths()), config.warningLegalBasis()),
                Math.max(0, config.warningEraseDays()), Math.max(1, config.checkRetentionDays()));
        }
    }

    @Activate
    public JpaWarningService(@Reference(target = "(osgi.unit.name=" + JpaIncidentService.UNIT_NAME + ")") JpaTemplate jpa,
            @Reference AuditService audit, @Reference EventAdmin eventAdmin, IncidentsConfig config) {
        this(jpa, audit, eventAdmin, Clock.systemUTC(), Settings.of(config));
    }

    JpaWarningService(JpaTemplate jpa, AuditService audit, EventAdmin eventAdmin, Clock clock, Settings settings) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = new EventPublisher(eventAdmin);
        this.clock = clock;
        this.settings = settings;
    }

    @Modified
    void modified(IncidentsConfig config) {
        this.settings = Settings.of(config);
    }

    @Override
    public Warning propose(Caller caller, Warning warning) {
        Access.requireManager(caller, "propose warning entries");
        LocalDate today = UtcTimes.today(clock);
        Validator v = new Validator();
        Warning clean = WarningValidation.proposal(v, warning, today, settings.periods());
        v.throwIfInvalid();
        Warning created = Tx.write(jpa, em -> {
            IncidentQueries.requireExisting(em, "incidents", clean.incidents);
            WarningEntity entity = new WarningEntity(clean, FileReference.normalise(clean.fileReference), caller.name(),
                now());
            em.persist(entity);
            em.flush();
            audit.record(caller, AuditAction.CREATE, JpaIncidentService.MODULE, RECORD, String.valueOf(entity.id()),
                "proposed, level " + clean.level + ", expires " + clean.expiresOn);
            return entity.toDto(today);
        });
        events.warning(created.id, created.status, created.level);
        return created;
    }

    @Override
    public Warning get(Caller caller, long id) {
        Access.requireManager(caller, "see warning entries");
        return Tx.write(jpa, em -> {
            WarningEntity entity = find(em, id);
            audit.record(caller, AuditAction.READ_PERSONAL, JpaIncidentService.MODULE, RECORD, String.valueOf(id), null);
            return entity.toDto(UtcTimes.today(clock));
        });
    }

    @Override
    public Page<Warning> list(Caller caller, WarningQuery query, int offset, int limit) {
        Access.requireManager(caller, "see warning entries");
        Paging paging = Paging.of(offset, limit);
        WarningQuery q = query == null ? new WarningQuery() : query;
        LocalDate today = UtcTimes.today(clock);
        return jpa.txExpr(TransactionType.Supports, em -> {
            // no "1 = 1" to start with: EclipseLink would write the values into the SQL (architecture, "Cure 4")
            String where = q.reviewDue ? " WHERE w.status = :active AND w.reviewOn <= :today"
                : q.status != null ? " WHERE w.status = :status" : "";
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(w) FROM WarningEntity w" + where, Long.class);
            TypedQuery<WarningEntity> page = em.createQuery("SELECT w FROM WarningEntity w" + where
                + (q.reviewDue ? " ORDER BY w.reviewOn, w.id" : " ORDER BY w.proposedUtc DESC, w.id DESC"), WarningEntity.class);
            for (TypedQuery<?> tq : List.of(count, page)) {
                if (q.reviewDue) {
                    tq.setParameter("active", WarningStatus.ACTIVE).setParameter("today", today);
                } else if (q.status != null) {
                    tq.setParameter("status", q.status);
                }
            }
            List<Warning> items = page.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList()
                .stream().map(w -> w.toDto(today)).toList();
            return new Page<>(items, paging.offset(), paging.limit(), count.getSingleResult());
        });
    }

    @Override
    public Warning approve(Caller caller, long id, Long expectedVersion) {
        Access.requireManager(caller, "approve warning entries");
        return decide(caller, id, expectedVersion, "approve", (entity, now) -> {
            if (!entity.expiresOn().isAfter(UtcTimes.today(clock))) {
                throw new ConflictException("The proposal's expiry date " + entity.expiresOn() + " has passed; propose anew");
            }
            entity.approve(caller.name(), now);
            return "approved";
        });
    }

    @Override
    public Warning reject(Caller caller, long id, String reason, Long expectedVersion) {
        Access.requireManager(caller, "reject warning entries");
        String clean = requireReason(reason);
        return decide(caller, id, expectedVersion, "reject", (entity, now) -> {
            entity.reject(caller.name(), clean, now);
            return "rejected";
        });
    }

    private interface Decision {
        String apply(WarningEntity entity, LocalDateTime now);
    }

    /** Four eyes: a proposal is decided only by someone other than its proposer. */
    private Warning decide(Caller caller, long id, Long expectedVersion, String verb, Decision decision) {
        Warning decided = Tx.write(jpa, em -> {
            WarningEntity entity = find(em, id);
            Versions.check(expectedVersion, entity.version());
            if (entity.status() != WarningStatus.PROPOSED) {
                throw new ConflictException("Warning entry " + id + " is " + entity.status() + "; only a "
                    + WarningStatus.PROPOSED + " entry can be decided on");
            }
            if (entity.proposedBy().equals(caller.name())) {
                throw new ForbiddenException("Four eyes: " + caller.name() + " proposed warning entry " + id
                    + " and cannot " + verb + " it; another security manager decides"
                    + ("reject".equals(verb) ? " (or withdraw it)" : ""));
            }
            String what = decision.apply(entity, now());
            em.flush();
            audit.record(caller, AuditAction.STATUS_CHANGE, JpaIncidentService.MODULE, RECORD, String.valueOf(id), what);
            return entity.toDto(UtcTimes.today(clock));
        });
        events.warning(decided.id, decided.status, decided.level);
        return decided;
    }

    @Override
    public Warning withdraw(Caller caller, long id, String reason, Long expectedVersion) {
        Access.requireManager(caller, "withdraw warning entries");
        String clean = requireReason(reason);
        Warning withdrawn = Tx.write(jpa, em -> {
            WarningEntity entity = find(em, id);
            Versions.check(expectedVersion, entity.version());
            if (entity.status() != WarningStatus.PROPOSED && entity.status() != WarningStatus.ACTIVE) {
                throw new ConflictException("Warning entry " + id + " is already " + entity.status());
            }
            entity.withdraw(clean, now());
            em.flush();
            audit.record(caller, AuditAction.STATUS_CHANGE, JpaIncidentService.MODULE, RECORD, String.valueOf(id),
                "withdrawn");
            return entity.toDto(UtcTimes.today(clock));
        });
        events.warning(withdrawn.id, withdrawn.status, withdrawn.level);
        return withdrawn;
    }

    @Override
    public Warning review(Caller caller, long id, WarningReview review, Long expectedVersion) {
        Access.requireManager(caller, "review warning entries");
        LocalDate today = UtcTimes.today(clock);
        return Tx.write(jpa, em -> {
            WarningEntity entity = find(em, id);
            Versions.check(expectedVersion, entity.version());
            if (entity.status() != WarningStatus.ACTIVE) {
                throw new ConflictException("Warning entry " + id + " is " + entity.status() + "; only an "
                    + WarningStatus.ACTIVE + " entry is reviewed");
            }
            Validator v = new Validator();
            WarningReview clean = WarningValidation.review(v, review, today, entity.expiresOn());
            v.throwIfInvalid();
            entity.review(caller.name(), clean.reviewOn, clean.expiresOn, now());
            em.flush();
            audit.record(caller, AuditAction.UPDATE, JpaIncidentService.MODULE, RECORD, String.valueOf(id),
                "reviewed, next review " + clean.reviewOn + ", expires " + entity.expiresOn());
            return entity.toDto(today);
        });
    }

    private record Hit(WarningEntity entry, boolean fuzzy) {
    }

    /** Highest level first; at the same level an exact match before a fuzzy one. */
    private static final Comparator<Hit> MOST_SEVERE = Comparator.<Hit>comparingInt(h -> h.entry().level()).reversed()
        .thenComparing(Hit::fuzzy);

    @Override
    public WarningCheckResult check(Caller caller, WarningCheck check) {
        Access.requireReporting(caller);
        LocalDate today = UtcTimes.today(clock);
        Validator v = new Validator();
        WarningCheck clean = WarningValidation.check(v, check, today);
        v.throwIfInvalid();
        Person person = new Person(PersonName.of(clean.name), clean.birthDate, FileReference.normalise(clean.fileReference));
        return Tx.write(jpa, em -> {
            List<Hit> hits = new ArrayList<>();
            for (WarningEntity entry : candidates(em, person, today)) {
                Person known = new Person(PersonName.of(entry.name()), entry.birthDate(), entry.fileReferenceKey());
                WarningMatcher.match(person, known).ifPresent(fuzzy -> hits.add(new Hit(entry, fuzzy)));
            }
            hits.sort(MOST_SEVERE);
            Optional<Hit> top = hits.stream().findFirst();
            CheckEntity logged = new CheckEntity(caller.name(), now(), clean.purpose, clean.name, clean.birthDate,
                clean.fileReference, top.map(h -> h.entry().level()).orElse(null), top.map(Hit::fuzzy).orElse(false),
                hits.stream().map(h -> h.entry().id()).toList());
            em.persist(logged);
            em.flush();
            audit.record(caller, AuditAction.READ_PERSONAL, JpaIncidentService.MODULE, CHECK_RECORD,
                String.valueOf(logged.id()), clean.purpose + ": " + (top.isEmpty() ? "no warning"
                    : "warning level " + top.get().entry().level() + (top.get().fuzzy() ? " (fuzzy)" : "")));
            return top.map(h -> WarningCheckResult.found(h.entry().level(), advice(h.entry()), h.fuzzy()))
                .orElseGet(WarningCheckResult::none);
        });
    }

    /**
     * The active, unexpired entries that may concern the person: same or day/month-swapped birth date, same file
     * reference, or no birth date on one side (then the name decides).
     */
    private static List<WarningEntity> candidates(EntityManager em, Person person, LocalDate today) {
        StringBuilder jpql = new StringBuilder("SELECT w FROM WarningEntity w WHERE w.status = :active AND w.expiresOn > :today");
        List<LocalDate> dates = new ArrayList<>();
        if (person.birthDate() != null) {
            dates.add(person.birthDate());
            WarningMatcher.swapped(person.birthDate()).ifPresent(dates::add);
            jpql.append(" AND (w.birthDate IS NULL OR w.birthDate IN :dates");
            jpql.append(person.fileReferenceKey() != null ? " OR w.fileReferenceKey = :file)" : ")");
        }
        TypedQuery<WarningEntity> query = em.createQuery(jpql.toString(), WarningEntity.class)
            .setParameter("active", WarningStatus.ACTIVE).setParameter("today", today);
        if (!dates.isEmpty()) {
            query.setParameter("dates", dates);
            if (person.fileReferenceKey() != null) {
                query.setParameter("file", person.fileReferenceKey());
            }
        }
        return query.getResultList();
    }

    private static String advice(WarningEntity entry) {
        return entry.avoid() == null ? entry.advice() : entry.advice() + " Zu vermeiden: " + entry.avoid();
    }

    @Override
    public Page<WarningCheckRecord> checks(Caller caller, CheckQuery query, int offset, int limit) {
        Access.requireManager(caller, "see the audit of pre-contact checks");
        Paging paging = Paging.of(offset, limit);
        CheckFilter filter = CheckFilter.of(query);
        return Tx.write(jpa, em -> {
            TypedQuery<CheckEntity> page = filter.bind(em.createQuery("SELECT c FROM CheckEntity c" + filter.where()
                + " ORDER BY c.checkedUtc DESC, c.id DESC", CheckEntity.class));
            TypedQuery<Long> count = filter.bind(em.createQuery("SELECT COUNT(c) FROM CheckEntity c" + filter.where(),
                Long.class));
            List<WarningCheckRecord> items = page.setFirstResult(paging.offset()).setMaxResults(paging.limit())
                .getResultList().stream().map(CheckEntity::toDto).toList();
            audit.record(caller, AuditAction.READ_PERSONAL, JpaIncidentService.MODULE, CHECK_RECORD, "list",
                items.size() + " checks" + filter.summary());
            return new Page<>(items, paging.offset(), paging.limit(), count.getSingleResult());
        });
    }

    @Override
    public CheckStatistics checkStatistics(Caller caller, CheckQuery query) {
        Access.requireManager(caller, "see the figures of pre-contact checks");
        CheckFilter filter = CheckFilter.of(query);
        return jpa.txExpr(TransactionType.Supports, em -> {
            CheckStatistics s = new CheckStatistics();
            s.from = filter.query().from;
            s.to = filter.query().to;
            EnumMap<CheckPurpose, Long> byPurpose = new EnumMap<>(CheckPurpose.class);
            for (CheckPurpose p : CheckPurpose.values()) {
                byPurpose.put(p, 0L);
            }
            for (Object[] row : filter.bind(em.createQuery("SELECT c.purpose, COUNT(c), SUM(CASE WHEN c.warning = TRUE "
                    + "THEN 1 ELSE 0 END), SUM(CASE WHEN c.fuzzy = TRUE THEN 1 ELSE 0 END) FROM CheckEntity c"
                    + filter.where() + " GROUP BY c.purpose", Object[].class)).getResultList()) {
                long total = ((Number) row[1]).longValue();
                byPurpose.put((CheckPurpose) row[0], total);
                s.total += total;
                s.warnings += row[2] == null ? 0 : ((Number) row[2]).longValue();
                s.fuzzy += row[3] == null ? 0 : ((Number) row[3]).longValue();
            }
            s.byPurpose = byPurpose;
            s.checkers = filter.bind(em.createQuery("SELECT COUNT(DISTINCT c.checkedBy) FROM CheckEntity c" + filter.where(),
                Long.class)).getSingleResult();
            return s;
        });
    }

    @Override
    public Housekeeping housekeeping(Caller caller) {
        Access.requireManager(caller, "run the housekeeping of the warning register");
        LocalDate today = UtcTimes.today(clock);
        LocalDateTime now = now();
        Settings current = settings;
        List<WarningEntity> expired = Tx.write(jpa, em -> {
            List<WarningEntity> due = em.createQuery("SELECT w FROM WarningEntity w WHERE w.status IN :open "
                    + "AND w.expiresOn <= :today", WarningEntity.class)
                .setParameter("open", List.of(WarningStatus.PROPOSED, WarningStatus.ACTIVE)).setParameter("today", today)
                .getResultList();
            for (WarningEntity w : due) {
                w.expire(now);
                audit.record(caller, AuditAction.STATUS_CHANGE, JpaIncidentService.MODULE, RECORD, String.valueOf(w.id()),
                    "expired on " + w.expiresOn());
            }
            return due;
        });
        expired.forEach(w -> events.warning(w.id(), WarningStatus.EXPIRED, w.level()));

        int erasedEntries = Tx.write(jpa, em -> {
            List<WarningEntity> ended = em.createQuery("SELECT w FROM WarningEntity w WHERE w.status IN :ended "
                    + "AND w.endedUtc < :cutoff", WarningEntity.class)
                .setParameter("ended", List.of(WarningStatus.EXPIRED, WarningStatus.WITHDRAWN, WarningStatus.REJECTED))
                .setParameter("cutoff", now.minusDays(current.eraseDays())).getResultList();
            for (WarningEntity w : ended) {
                em.remove(w);
                audit.record(caller, AuditAction.ERASE, JpaIncidentService.MODULE, RECORD, String.valueOf(w.id()),
                    "erased " + current.eraseDays() + " days after it ended (" + w.status() + ")");
            }
            return ended.size();
        });

        int erasedChecks = Tx.write(jpa, em -> {
            List<CheckEntity> old = em.createQuery("SELECT c FROM CheckEntity c WHERE c.checkedUtc < :cutoff",
                    CheckEntity.class)
                .setParameter("cutoff", now.minusDays(current.checkRetentionDays())).getResultList();
            old.forEach(em::remove);
            if (!old.isEmpty()) {
                audit.record(caller, AuditAction.ERASE, JpaIncidentService.MODULE, CHECK_RECORD, "retention",
                    old.size() + " checks older than " + current.checkRetentionDays() + " days erased");
            }
            return old.size();
        });

        List<WarningEntity> reviews = Tx.write(jpa, em -> {
            List<WarningEntity> due = em.createQuery("SELECT w FROM WarningEntity w WHERE w.status = :active "
                    + "AND w.reviewOn <= :today AND (w.reviewRemindedOn IS NULL OR w.reviewRemindedOn <> w.reviewOn)",
                    WarningEntity.class)
                .setParameter("active", WarningStatus.ACTIVE).setParameter("today", today).getResultList();
            due.forEach(w -> w.reviewReminded(w.reviewOn()));
            return due;
        });
        reviews.forEach(w -> events.reviewDue(w.id(), w.level()));
        return new Housekeeping(expired.size(), erasedEntries, erasedChecks, reviews.size());
    }

    private static WarningEntity find(EntityManager em, long id) {
        WarningEntity entity = em.find(WarningEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("Warning entry", id);
        }
        return entity;
    }

    private static String requireReason(String reason) {
        Validator v = new Validator();
        String clean = WarningValidation.reason(v, reason);
        v.throwIfInvalid();
        return clean;
    }

    private LocalDateTime now() {
        return UtcTimes.now(clock);
    }


    /** The filter of the check log, as JPQL. */
    private record CheckFilter(CheckQuery query) {
        static CheckFilter of(CheckQuery query) {
            CheckQuery q = query == null ? new CheckQuery() : query;
            if (q.from != null && q.to != null && !q.to.isAfter(q.from)) {
                throw new ValidationException("to", "must be after from");
            }
            return new CheckFilter(q);
        }

        /** The conditions, without a "1 = 1" to start with (EclipseLink would write the values into the SQL). */
        String where() {
            List<String> w = new ArrayList<>();
            if (query.from != null) {
                w.add("c.checkedUtc >= :from");
            }
            if (query.to != null) {
                w.add("c.checkedUtc < :to");
            }
            if (query.checkedBy != null) {
                w.add("c.checkedBy = :by");
            }
            if (query.purpose != null) {
                w.add("c.purpose = :purpose");
            }
            if (query.warning != null) {
                w.add(":warning MEMBER OF c.matched");
            }
            return w.isEmpty() ? "" : " WHERE " + String.join(" AND ", w);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> q) {
            if (query.from != null) {
                q.setParameter("from", UtcTimes.utc(query.from));
            }
            if (query.to != null) {
                q.setParameter("to", UtcTimes.utc(query.to));
            }
            if (query.checkedBy != null) {
                q.setParameter("by", query.checkedBy);
            }
            if (query.purpose != null) {
                q.setParameter("purpose", query.purpose);
            }
            if (query.warning != null) {
                q.setParameter("warning", query.warning);
            }
            return q;
        }

        String summary() {
            return (query.checkedBy == null ? "" : " by " + query.checkedBy)
                + (query.warning == null ? "" : " matching entry " + query.warning);
        }
    }
}
