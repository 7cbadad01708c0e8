package de.koeln.zks.platform.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * A module's real persistence unit (EclipseLink) on an in-memory Derby database of its own,
 * outside OSGi: the unit is switched to RESOURCE_LOCAL, and {@link #jpa} runs each call in an EntityManager
 * and EntityTransaction (a nested call joins the outer one, as a JTA transaction would).
 */
public final class TestDatabase implements AutoCloseable {
    private final String name = "memory:zks-" + UUID.randomUUID();
    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    public final JpaTemplate jpa = new LocalJpaTemplate();

    static {
        // Derby's log goes to target/, not into the module's folder
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    /** @param unit the persistence unit, e.g. {@code zks-incidents}, from the test's class path */
    public TestDatabase(String unit) {
        Map<String, Object> p = new HashMap<>();
        p.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("javax.persistence.jtaDataSource", "");
        p.put("javax.persistence.jdbc.url", "jdbc:derby:" + name + ";create=true");
        p.put("javax.persistence.jdbc.driver", "org.apache.derby.jdbc.EmbeddedDriver");
        p.put("eclipselink.logging.level", "SEVERE");
        emf = Persistence.createEntityManagerFactory(unit, p);
        emf.createEntityManager().close(); // deploys the unit: creates the tables
    }

    /** Runs {@code work} in a transaction of its own, e.g. to inspect or prepare rows. */
    public <R> R inTransaction(Function<EntityManager, R> work) {
        return jpa.txExpr(TransactionType.Required, work::apply);
    }

    @Override
    public void close() {
        emf.close();
        try {
            DriverManager.getConnection("jdbc:derby:" + name + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby answers a successful drop with SQLState 08006
        }
    }

    private final class LocalJpaTemplate implements JpaTemplate {

        @Override
        public <R> R txExpr(TransactionType type, EmFunction<R> code) {
            EntityManager joined = current.get();
            if (joined != null) {
                return code.apply(joined);
            }
            EntityManager em = emf.createEntityManager();
            EntityTransaction tx = em.getTransaction();
            current.set(em);
            try {
                tx.begin();
                R result = code.apply(em);
                tx.commit();
                return result;
            } catch (RuntimeException | Error e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw e;
            } finally {
                current.remove();
                em.close();
            }
        }

        @Override
        public void tx(TransactionType type, EmConsumer code) {
            txExpr(type, em -> {
                code.accept(em);
                return null;
            });
        }

        @Override
        public <R> R txExpr(EmFunction<R> code) {
            return txExpr(TransactionType.Required, code);
        }

        @Override
        public void tx(EmConsumer code) {
            tx(TransactionType.Required, code);
        }
    }
}
