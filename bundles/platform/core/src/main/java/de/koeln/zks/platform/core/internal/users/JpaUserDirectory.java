package de.koeln.zks.platform.core.internal.users;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.UserProfile;
import de.koeln.zks.platform.support.Transactions;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.platform.support.Versions;

/** The user directory in the platform's persistence unit. */
@Component(service = UserDirectory.class)
public class JpaUserDirectory implements UserDirectory {
    static final int MAX_UNITS = 20;

    private final JpaTemplate jpa;
    private final AuditService audit;

    @Activate
    public JpaUserDirectory(@Reference(target = "(osgi.unit.name=zks-platform)") JpaTemplate jpa,
            @Reference AuditService audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public Optional<UserProfile> find(String name) {
        return jpa.txExpr(TransactionType.Supports, em ->
            Optional.ofNullable(em.find(UserProfileEntity.class, name)).map(UserProfileEntity::toDto));
    }

    @Override
    public UserProfile put(Caller caller, String name, UserProfile profile, Long expectedVersion) {
        requireAdmin(caller);
        UserProfile clean = validate(name, profile);
        return Transactions.retryOnContention(() -> jpa.txExpr(TransactionType.Required, em -> {
            UserProfileEntity entity = em.find(UserProfileEntity.class, name);
            boolean created = entity == null;
            if (created) {
                Versions.check(expectedVersion, 0);
                entity = new UserProfileEntity(name);
                entity.apply(clean);
                em.persist(entity);
            } else {
                Versions.check(expectedVersion, entity.version());
                entity.apply(clean);
            }
            em.flush();
            audit.record(caller, created ? AuditAction.CREATE : AuditAction.UPDATE, "platform", "user", name,
                "units " + clean.units);
            return entity.toDto();
        }));
    }

    @Override
    public boolean delete(Caller caller, String name) {
        requireAdmin(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            UserProfileEntity entity = em.find(UserProfileEntity.class, name);
            if (entity == null) {
                return false;
            }
            em.remove(entity);
            audit.record(caller, AuditAction.DELETE, "platform", "user", name, null);
            return true;
        });
    }

    @Override
    public Page<UserProfile> list(Caller caller, String unit, int offset, int limit) {
        requireAdmin(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            String where = unit == null ? "" : " WHERE :unit MEMBER OF u.units";
            var count = em.createQuery("SELECT COUNT(u) FROM UserProfileEntity u" + where, Long.class);
            var query = em.createQuery("SELECT u FROM UserProfileEntity u" + where + " ORDER BY u.name", UserProfileEntity.class);
            if (unit != null) {
                count.setParameter("unit", unit);
                query.setParameter("unit", unit);
            }
            List<UserProfile> items = query.setFirstResult(offset).setMaxResults(limit).getResultList()
                .stream().map(UserProfileEntity::toDto).toList();
            return new Page<>(items, offset, limit, count.getSingleResult());
        });
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("Only an admin may read or change the user directory");
        }
    }

    static UserProfile validate(String name, UserProfile profile) {
        Validator v = new Validator();
        v.check(name != null && name.matches("[\\p{L}\\p{N}._@-]{1,128}"), "name",
            "must be 1 to 128 letters, digits or . _ @ -");
        if (profile == null) {
            v.reject("(body)", "is required");
            v.throwIfInvalid();
        }
        UserProfile clean = new UserProfile();
        clean.displayName = v.text("displayName", profile.displayName, 200);
        clean.workstation = v.text("workstation", profile.workstation, 64);
        v.maxItems("units", profile.units, MAX_UNITS);
        LinkedHashSet<String> units = new LinkedHashSet<>();
        if (profile.units != null) {
            for (int i = 0; i < profile.units.size(); i++) {
                String unit = v.requiredText("units[" + i + "]", profile.units.get(i), 200);
                if (unit != null) {
                    units.add(unit);
                }
            }
        }
        clean.units = List.copyOf(units);
        v.throwIfInvalid();
        return clean;
    }
}
