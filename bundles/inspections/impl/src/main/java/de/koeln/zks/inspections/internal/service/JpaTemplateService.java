package de.koeln.zks.inspections.internal.service;

import java.time.Clock;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.koeln.zks.inspections.api.Template;
import de.koeln.zks.inspections.api.TemplateService;
import de.koeln.zks.inspections.internal.domain.InspectionAccess;
import de.koeln.zks.inspections.internal.domain.InspectionValidation;
import de.koeln.zks.inspections.internal.jpa.TemplateEntity;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.platform.support.Versions;

/** Checklist templates: a version in use is never changed; a change of it makes the next version. */
@Component(service = TemplateService.class)
public class JpaTemplateService implements TemplateService {
    private final JpaTemplate jpa;
    private final AuditService audit;
    private final Clock clock;

    @Activate
    public JpaTemplateService(@Reference(target = InspectionTx.UNIT_TARGET) JpaTemplate jpa, @Reference AuditService audit) {
        this(jpa, audit, Clock.systemUTC());
    }

    JpaTemplateService(JpaTemplate jpa, AuditService audit, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Template create(Caller caller, Template template) {
        InspectionAccess.requireManager(caller, "keep checklist templates");
        Template clean = valid(template);
        return InspectionTx.write(jpa, em -> {
            if (!em.createQuery("SELECT t.id FROM TemplateEntity t WHERE t.name = :n", Long.class)
                    .setParameter("n", clean.name).getResultList().isEmpty()) {
                throw new ConflictException("A template named '" + clean.name + "' exists; change it to make a new version");
            }
            TemplateEntity entity = new TemplateEntity(clean, 1, null, caller.name(), UtcTimes.now(clock));
            em.persist(entity);
            em.flush();
            audit.record(caller, AuditAction.CREATE, InspectionTx.MODULE, "template", String.valueOf(entity.id()),
                clean.name + " v1, " + clean.items.size() + " items");
            return entity.toDto(false);
        });
    }

    @Override
    public Template change(Caller caller, long id, Template template, Long expectedRevision) {
        InspectionAccess.requireManager(caller, "keep checklist templates");
        Template clean = valid(template);
        return InspectionTx.write(jpa, em -> {
            TemplateEntity entity = find(em, id);
            Versions.check(expectedRevision, entity.revision());
            if (!entity.latest()) {
                throw new ConflictException("Template " + id + " is version " + entity.templateVersion()
                    + " of '" + entity.name() + "' and has been replaced; change the latest version");
            }
            if (clean.name != null && !clean.name.equals(entity.name())) {
                throw new ConflictException("A template keeps its name ('" + entity.name() + "'); create a new template instead");
            }
            if (!inUse(em, id)) {
                entity.replace(clean);
                em.flush();
                audit.record(caller, AuditAction.UPDATE, InspectionTx.MODULE, "template", String.valueOf(id),
                    entity.name() + " v" + entity.templateVersion() + " changed in place (not in use)");
                return entity.toDto(false);
            }
            entity.superseded();
            TemplateEntity next = new TemplateEntity(clean, entity.templateVersion() + 1, entity.id(), caller.name(),
                UtcTimes.now(clock));
            em.persist(next);
            em.flush();
            audit.record(caller, AuditAction.CREATE, InspectionTx.MODULE, "template", String.valueOf(next.id()),
                next.name() + " v" + next.templateVersion() + " replaces " + id + " (in use)");
            return next.toDto(false);
        });
    }

    @Override
    public Template get(Caller caller, long id) {
        InspectionAccess.requireStaff(caller);
        return InspectionTx.read(jpa, em -> find(em, id).toDto(inUse(em, id)));
    }

    @Override
    public List<Template> list(Caller caller, boolean all) {
        InspectionAccess.requireStaff(caller);
        return InspectionTx.read(jpa, em -> em.createQuery("SELECT t FROM TemplateEntity t" + (all ? "" : " WHERE t.latest = TRUE")
                + " ORDER BY t.name, t.templateVersion", TemplateEntity.class).getResultList().stream()
            .map(t -> t.toDto(inUse(em, t.id()))).toList());
    }

    static TemplateEntity find(EntityManager em, long id) {
        TemplateEntity t = em.find(TemplateEntity.class, id);
        if (t == null) {
            throw new NotFoundException("Template", id);
        }
        return t;
    }

    static boolean inUse(EntityManager em, long templateId) {
        return !em.createQuery("SELECT i.id FROM InspectionEntity i WHERE i.templateId = :t", Long.class)
            .setParameter("t", templateId).setMaxResults(1).getResultList().isEmpty();
    }

    private static Template valid(Template template) {
        Validator v = new Validator();
        Template clean = InspectionValidation.template(v, template);
        v.throwIfInvalid();
        return clean;
    }
}
