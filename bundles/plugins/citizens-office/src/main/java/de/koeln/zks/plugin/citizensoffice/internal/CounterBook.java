package de.koeln.zks.plugin.citizensoffice.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentEvents;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.spi.PlatformEventListener;

/**
 * Counts the incidents of the plugin's units per service counter. At activation (a start of the container, of the
 * plugin, or an upgrade) the counts are rebuilt from the stored reports through the incidents API on a thread of
 * their own; from then on the incidents' events keep them up to date: each reported, submitted or changed report of
 * the plugin's units is read again (as the plugin's own caller, so that the audit trail names the plugin).
 * The REST resource and the console command both ask {@link #report}, which decides what the caller may see.
 */
@Component(service = {CounterBook.class, PlatformEventListener.class})
public class CounterBook implements PlatformEventListener {
    /** Whom the incidents module sees reading: the plugin, with the rights of security management. */
    static final Caller READER = new Caller("plugin:citizens-office", Set.of(Roles.SECURITY_MANAGER));
    static final int PAGE = 500;
    static final int REBUILD_ATTEMPTS = 5;
    static final long RETRY_SECONDS = 10;
    private static final Set<IncidentStatus> COUNTED = EnumSet.of(IncidentStatus.REPORTED, IncidentStatus.IN_REVIEW,
        IncidentStatus.MEASURES_TAKEN, IncidentStatus.CLOSED);
    private static final Logger LOG = LoggerFactory.getLogger(CounterBook.class);

    private final IncidentService incidents;
    private final UserDirectory users;
    private final List<String> units;
    private final CounterTally tally;
    private final ScheduledExecutorService rebuilder;

    @Activate
    public CounterBook(BundleContext context, @Reference IncidentService incidents, @Reference UserDirectory users) {
        this(incidents, users, PluginUnits.of(context.getBundle()), true);
    }

    /** @param rebuild whether to rebuild the counts now on a thread of their own (tests call {@link #rebuild()} themselves) */
    CounterBook(IncidentService incidents, UserDirectory users, List<String> units, boolean rebuild) {
        this.incidents = incidents;
        this.users = users;
        this.units = List.copyOf(units);
        this.tally = new CounterTally(units);
        this.rebuilder = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "citizens-office-rebuild");
            t.setDaemon(true);
            return t;
        });
        if (rebuild) {
            rebuilder.execute(() -> rebuild(1));
        }
    }

    @Deactivate
    void deactivate() {
        rebuilder.shutdownNow();
    }

    private void rebuild(int attempt) {
        try {
            rebuild();
        } catch (RuntimeException e) {
            if (rebuilder.isShutdown()) {
                return;
            }
            if (attempt < REBUILD_ATTEMPTS) {
                LOG.warn("Counting the stored incidents per counter failed (attempt {} of {}), trying again in {} s: {}",
                    attempt, REBUILD_ATTEMPTS, RETRY_SECONDS, e.toString());
                rebuilder.schedule(() -> rebuild(attempt + 1), RETRY_SECONDS, TimeUnit.SECONDS);
            } else {
                LOG.error("Counting the stored incidents per counter failed; the counts hold only what was reported since", e);
            }
        }
    }

    /** Reads every counted report of the plugin's units, page by page, oldest id first. */
    void rebuild() {
        tally.startRebuild();
        try {
            IncidentQuery query = new IncidentQuery();
            query.units.addAll(units);
            query.statuses.addAll(COUNTED);
            int offset = 0;
            while (!Thread.currentThread().isInterrupted()) {
                Page<Incident> page = incidents.list(READER, query, offset, PAGE, "id");
                page.items.forEach(tally::seed);
                offset += page.items.size();
                if (page.items.isEmpty() || offset >= page.total) {
                    tally.finishRebuild();
                    LOG.info("Counts per counter rebuilt: {} stored reports of {}", tally.size(),
                        units.isEmpty() ? "every unit" : units);
                    return;
                }
            }
        } catch (RuntimeException e) {
            tally.abandonRebuild();
            throw e;
        }
        tally.abandonRebuild();
    }

    @Override
    public Set<String> topics() {
        return Set.of(IncidentEvents.REPORTED, IncidentEvents.STATUS_CHANGED, IncidentEvents.UPDATED);
    }

    @Override
    public void onEvent(String topic, Map<String, Object> properties) {
        if (!(properties.get(IncidentEvents.ID) instanceof Number number)) {
            return;
        }
        long id = number.longValue();
        Object unit = properties.get(IncidentEvents.UNIT);
        if (!tally.concerns(unit == null ? null : unit.toString()) && !tally.knows(id)) {
            return; // another unit's report, and none of ours moved away
        }
        if (IncidentEvents.STATUS_CHANGED.equals(topic)) {
            Object status = properties.get(IncidentEvents.STATUS);
            Object previous = properties.get(IncidentEvents.PREVIOUS_STATUS);
            if (IncidentStatus.REJECTED.name().equals(status)) {
                tally.forget(id);
                return;
            }
            if (!IncidentStatus.DRAFT.name().equals(previous) && tally.knows(id)) {
                return; // triage moves it on: the counter stays the same
            }
        }
        read(id);
    }

    private void read(long id) {
        try {
            tally.apply(incidents.get(READER, id));
        } catch (NotFoundException e) {
            tally.forget(id);
        }
    }

    /**
     * The counts the caller may see: security managers and admins those of every unit of the plugin, unit managers
     * those of the plugin's units in their own profile; {@code unit} narrows it to one of them.
     */
    public CounterReport report(Caller caller, String unit, OffsetDateTime from) {
        List<String> visible = visibleUnits(caller);
        if (unit != null && !unit.isBlank()) {
            String asked = unit.strip();
            if (!units.isEmpty() && !units.contains(asked)) {
                throw new ValidationException("unit", "'" + asked + "' is none of the plugin's units: " + String.join(", ", units));
            }
            if (visible != null && !visible.contains(asked)) {
                throw new ForbiddenException("User " + caller.name() + " is no unit manager of " + asked);
            }
            visible = List.of(asked);
        }
        CounterReport report = new CounterReport();
        report.units = visible == null ? new ArrayList<>(units) : new ArrayList<>(visible);
        report.from = from;
        report.complete = tally.complete();
        report.counters = tally.counts(visible, from);
        report.incidents = report.counters.stream().mapToLong(c -> c.incidents).sum();
        return report;
    }

    /** The units the caller may see, null for all of them; 403 for anyone else. */
    List<String> visibleUnits(Caller caller) {
        if (caller.hasAnyRole(Roles.SECURITY_MANAGER, Roles.ADMIN)) {
            return null;
        }
        if (caller.hasRole(Roles.UNIT_MANAGER)) {
            List<String> own = users.unitsOf(caller.name()).stream().filter(tally::concerns).toList();
            if (!own.isEmpty()) {
                return own;
            }
            throw new ForbiddenException("User " + caller.name() + " manages none of the units "
                + (units.isEmpty() ? "" : String.join(", ", units) + " ") + "(units of the profile)");
        }
        throw new ForbiddenException("The counts per counter are for security managers, admins and the units' managers");
    }
}
