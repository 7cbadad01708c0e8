package de.koeln.zks.training.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.UserProfile;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.training.api.CourseTopic;
import de.koeln.zks.training.api.Refresher;
import de.koeln.zks.training.api.RegistrationStatus;
import de.koeln.zks.training.api.SessionStatus;
import de.koeln.zks.training.api.TrainingRecord;
import de.koeln.zks.training.api.TrainingRecords;
import de.koeln.zks.training.api.TrainingStatistics;
import de.koeln.zks.training.internal.domain.TrainingAccess;
import de.koeln.zks.training.internal.jpa.CourseEntity;
import de.koeln.zks.training.internal.jpa.RecordEntity;
import de.koeln.zks.training.internal.jpa.UnitRiskEntity;

/**
 * Training records, refreshers and figures. Who belongs to which unit comes from the platform's user
 * directory; which courses a unit needs comes from its risk level and the courses' target units.
 */
@Component(service = TrainingRecords.class)
public class JpaTrainingRecords implements TrainingRecords {
    private static final int DIRECTORY_PAGE = 500;

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final UserDirectory users;
    private final Clock clock;

    @Activate
    public JpaTrainingRecords(@Reference(target = TrainingTx.UNIT_TARGET) JpaTemplate jpa, @Reference AuditService audit,
            @Reference UserDirectory users) {
        this(jpa, audit, users, Clock.systemUTC());
    }

    JpaTrainingRecords(JpaTemplate jpa, AuditService audit, UserDirectory users, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public List<TrainingRecord> records(Caller caller, String participant) {
        TrainingAccess.requireStaff(caller);
        String who = participant == null || participant.isBlank() ? caller.name() : participant.strip();
        if (!who.equals(caller.name()) && !TrainingAccess.isManager(caller)) {
            throw new ForbiddenException("The training records of " + who + " are visible to them and security managers only");
        }
        return TrainingTx.read(jpa, em -> em.createQuery("SELECT t FROM RecordEntity t WHERE t.participant = :p "
                + "ORDER BY t.attendedOn DESC, t.id DESC", RecordEntity.class)
            .setParameter("p", who).getResultList().stream().map(RecordEntity::toDto).toList());
    }

    @Override
    public List<Refresher> refreshers(Caller caller, boolean overdue, String unit) {
        TrainingAccess.requireStaff(caller);
        Set<String> allowed = null;
        if (!TrainingAccess.isManager(caller)) {
            if (!caller.hasRole(Roles.UNIT_MANAGER)) {
                throw new ForbiddenException("Refreshers are listed for security managers and unit managers only");
            }
            allowed = new LinkedHashSet<>(users.unitsOf(caller.name()));
        }
        LocalDate today = UtcTimes.today(clock);
        Set<String> only = allowed;
        List<CourseEntity> courses = TrainingTx.read(jpa, em -> em.createQuery("SELECT c FROM CourseEntity c "
            + "WHERE c.active = TRUE ORDER BY c.title", CourseEntity.class).getResultList());
        Map<String, Integer> risks = riskLevels();
        Set<String> units = new LinkedHashSet<>(risks.keySet());
        courses.forEach(c -> units.addAll(c.targetUnits()));
        List<Refresher> out = new ArrayList<>();
        for (String u : units) {
            if (unit != null && !unit.equals(u) || only != null && !only.contains(u)) {
                continue;
            }
            int risk = risks.getOrDefault(u, 0);
            List<CourseEntity> needed = courses.stream().filter(c -> recommended(c, u, risk)).toList();
            if (needed.isEmpty()) {
                continue;
            }
            for (UserProfile person : staffOf(u)) {
                Map<Long, RecordEntity> last = lastRecords(person.name, needed);
                for (CourseEntity c : needed) {
                    Refresher r = new Refresher();
                    r.participant = person.name;
                    r.displayName = person.displayName;
                    r.unit = u;
                    r.unitRiskLevel = risk;
                    r.course = c.id();
                    r.courseTitle = c.title();
                    r.topic = c.topic();
                    RecordEntity record = last.get(c.id());
                    r.lastAttended = record == null ? null : record.attendedOn();
                    r.dueOn = record == null ? today : record.refresherDue();
                    r.overdue = record == null || record.refresherDue() != null && record.refresherDue().isBefore(today);
                    if (!overdue || r.overdue) {
                        out.add(r);
                    }
                }
            }
        }
        out.sort(Comparator.comparing((Refresher r) -> r.unit).thenComparing(r -> r.participant)
            .thenComparing(r -> r.courseTitle));
        return out;
    }

    /** A course is recommended for a unit that is among its targets, or whose risk level reaches its threshold. */
    static boolean recommended(CourseEntity c, String unit, int risk) {
        return c.targetUnits().contains(unit) || c.recommendedFromLevel() != null && risk >= c.recommendedFromLevel()
            && risk > 0;
    }

    /** Per needed course, the person's latest record of it (or, for practice without a course, of its topic). */
    private Map<Long, RecordEntity> lastRecords(String participant, List<CourseEntity> needed) {
        List<RecordEntity> records = TrainingTx.read(jpa, em -> em.createQuery("SELECT t FROM RecordEntity t "
                + "WHERE t.participant = :p ORDER BY t.attendedOn DESC", RecordEntity.class)
            .setParameter("p", participant).getResultList());
        Map<Long, RecordEntity> last = new HashMap<>();
        for (CourseEntity c : needed) {
            records.stream().filter(t -> c.id().equals(t.courseId()) || t.courseId() == null && t.topic() == c.topic())
                .findFirst().ifPresent(t -> last.put(c.id(), t));
        }
        return last;
    }

    private Map<String, Integer> riskLevels() {
        Map<String, Integer> risks = new TreeMap<>();
        TrainingTx.read(jpa, em -> em.createQuery("SELECT u FROM UnitRiskEntity u", UnitRiskEntity.class).getResultList())
            .forEach(u -> risks.put(u.unit(), u.riskLevel()));
        return risks;
    }

    /** Everyone the directory lists for the unit (read as the system: the directory is for admins). */
    private List<UserProfile> staffOf(String unit) {
        List<UserProfile> staff = new ArrayList<>();
        for (int offset = 0; ; offset += DIRECTORY_PAGE) {
            Page<UserProfile> page = users.list(Caller.SYSTEM, unit, offset, DIRECTORY_PAGE);
            staff.addAll(page.items);
            if (page.items.size() < DIRECTORY_PAGE) {
                return staff;
            }
        }
    }


    @Override
    public TrainingStatistics statistics(Caller caller, OffsetDateTime from, OffsetDateTime to) {
        TrainingAccess.requireManager(caller, "see the training figures");
        if (from != null && to != null && !to.isAfter(from)) {
            throw new ValidationException("to", "must be after from");
        }
        TrainingStatistics s = new TrainingStatistics();
        s.from = from;
        s.to = to;
        List<Object[]> rows = TrainingTx.read(jpa, em -> {
            StringBuilder jpql = new StringBuilder("SELECT c.title, r.participant, r.status, r.attended FROM RegistrationEntity r, "
                + "SessionEntity s, CourseEntity c WHERE s.id = r.sessionId AND c.id = s.courseId AND s.status = :held");
            if (from != null) {
                jpql.append(" AND s.startsUtc >= :from");
            }
            if (to != null) {
                jpql.append(" AND s.startsUtc < :to");
            }
            var q = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("held", SessionStatus.SCHEDULED);
            if (from != null) {
                q.setParameter("from", UtcTimes.utc(from));
            }
            if (to != null) {
                q.setParameter("to", UtcTimes.utc(to));
            }
            return q.getResultList();
        });
        Map<String, TrainingStatistics.Row> byCourse = new TreeMap<>();
        Map<String, TrainingStatistics.Row> byUnit = new TreeMap<>();
        Map<String, String> unitOf = new HashMap<>();
        for (Object[] row : rows) {
            String participant = (String) row[1];
            String unit = unitOf.computeIfAbsent(participant, p -> users.unitsOf(p).stream().findFirst().orElse("(ohne Einheit)"));
            count(byCourse.computeIfAbsent((String) row[0], JpaTrainingRecords::row), (RegistrationStatus) row[2], (Boolean) row[3]);
            count(byUnit.computeIfAbsent(unit, JpaTrainingRecords::row), (RegistrationStatus) row[2], (Boolean) row[3]);
        }
        byCourse.values().forEach(JpaTrainingRecords::rates);
        byUnit.values().forEach(JpaTrainingRecords::rates);
        s.byCourse = new ArrayList<>(byCourse.values());
        s.byUnit = new ArrayList<>(byUnit.values());
        s.coverage = coverage();
        audit.record(caller, AuditAction.READ_PERSONAL, TrainingTx.MODULE, "statistics", "training",
            "from " + from + " to " + to);
        return s;
    }

    private static void count(TrainingStatistics.Row row, RegistrationStatus status, Boolean attended) {
        row.registered++;
        if (status == RegistrationStatus.CANCELLED || status == RegistrationStatus.REJECTED) {
            row.cancelled++;
        } else if (Boolean.TRUE.equals(attended)) {
            row.attended++;
        } else if (Boolean.FALSE.equals(attended)) {
            row.noShow++;
        }
    }

    private static void rates(TrainingStatistics.Row row) {
        long recorded = row.attended + row.noShow;
        if (recorded > 0) {
            row.participationRate = (double) row.attended / recorded;
            row.noShowRate = (double) row.noShow / recorded;
        }
    }

    /** Per unit at risk level ≥ 1: its staff, and how many hold a valid record of every course recommended for it. */
    private List<TrainingStatistics.Coverage> coverage() {
        LocalDate today = UtcTimes.today(clock);
        List<CourseEntity> courses = TrainingTx.read(jpa, em -> em.createQuery("SELECT c FROM CourseEntity c "
            + "WHERE c.active = TRUE", CourseEntity.class).getResultList());
        List<TrainingStatistics.Coverage> out = new ArrayList<>();
        for (Map.Entry<String, Integer> unit : riskLevels().entrySet()) {
            if (unit.getValue() < 1) {
                continue;
            }
            List<CourseEntity> needed = courses.stream().filter(c -> recommended(c, unit.getKey(), unit.getValue())).toList();
            TrainingStatistics.Coverage c = new TrainingStatistics.Coverage();
            c.unit = unit.getKey();
            c.riskLevel = unit.getValue();
            List<UserProfile> staff = staffOf(unit.getKey());
            c.staff = staff.size();
            c.trained = staff.stream().filter(p -> {
                Map<Long, RecordEntity> last = lastRecords(p.name, needed);
                return needed.stream().allMatch(course -> Optional.ofNullable(last.get(course.id()))
                    .filter(t -> t.refresherDue() == null || !t.refresherDue().isBefore(today)).isPresent());
            }).count();
            c.rate = c.staff == 0 ? null : (double) c.trained / c.staff;
            out.add(c);
        }
        return out;
    }

    @Override
    public int recordPractice(Caller caller, List<String> participants, CourseTopic topic, LocalDate on, String source,
            String reference) {
        if (!caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("Only the system and admins record practical training");
        }
        Validator v = new Validator();
        v.required("participants", participants);
        v.required("topic", topic);
        v.required("on", on);
        v.requiredText("source", source, 20);
        v.requiredText("reference", reference, 100);
        v.throwIfInvalid();
        return TrainingTx.write(jpa, em -> {
            Optional<CourseEntity> course = em.createQuery("SELECT c FROM CourseEntity c WHERE c.topic = :t AND c.active = TRUE "
                    + "ORDER BY c.id", CourseEntity.class).setParameter("t", topic).setMaxResults(1).getResultList()
                .stream().findFirst();
            int made = 0;
            for (String participant : new LinkedHashSet<>(participants)) {
                if (participant == null || participant.isBlank() || exists(em, participant, reference)) {
                    continue;
                }
                LocalDate due = course.map(CourseEntity::refresherMonths).map(m -> on.plusMonths(m)).orElse(null);
                em.persist(new RecordEntity(participant, course.map(CourseEntity::id).orElse(null),
                    course.map(CourseEntity::title).orElse(null), topic, on, due, source, reference));
                made++;
            }
            em.flush();
            if (made > 0) {
                audit.record(caller, AuditAction.CREATE, TrainingTx.MODULE, "record", reference,
                    made + " practice records (" + topic + ")");
            }
            return made;
        });
    }

    private static boolean exists(EntityManager em, String participant, String reference) {
        return !em.createQuery("SELECT t.id FROM RecordEntity t WHERE t.participant = :p AND t.reference = :r", Long.class)
            .setParameter("p", participant).setParameter("r", reference).getResultList().isEmpty();
    }

    private static TrainingStatistics.Row row(String key) {
        TrainingStatistics.Row r = new TrainingStatistics.Row();
        r.key = key;
        return r;
    }
}
