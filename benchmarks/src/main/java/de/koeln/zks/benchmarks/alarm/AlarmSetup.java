package de.koeln.zks.benchmarks.alarm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Creates the benchmark's alarm group and point pool, idempotently: POST, and on 409 (exists) PUT the same body
 * to replace it, so every run starts from the same configuration.
 */
final class AlarmSetup {

    static final int PARALLEL = 8;

    /** The server refused (or did not answer) a setup request; the run cannot be measured. */
    static final class SetupException extends Exception {
        SetupException(String message) {
            super(message);
        }
    }

    /** How many of the point pool were created and how many replaced. */
    record Result(String group, int created, int replaced) { }

    private AlarmSetup() { }

    static Result run(AlarmApi api, String member, int points) throws SetupException {
        String group = createOrReplace(api, AlarmApi.GROUPS, AlarmApi.GROUP, AlarmApi.groupJson(member));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, points), r -> {
            Thread t = new Thread(r, "zks-alarm-setup");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 1; i <= points; i++) {
                int n = i;
                results.add(pool.submit(() -> createOrReplace(api, AlarmApi.POINTS, PointPool.id(n),
                        AlarmApi.pointJson(n))));
            }
            int created = 0;
            for (Future<String> f : results) {
                created += "created".equals(f.get()) ? 1 : 0;
            }
            return new Result(group, created, points - created);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SetupException) {
                throw (SetupException) e.getCause();
            }
            throw new SetupException("setting up the points failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SetupException("interrupted during setup");
        } finally {
            pool.shutdownNow();
        }
    }

    /** POST, or PUT after a 409; returns "created" or "replaced". */
    static String createOrReplace(AlarmApi api, String collection, String name, String json) throws SetupException {
        AlarmApi.Answer created = api.send(api.createRequest(collection, json));
        if (created.ok()) {
            return "created";
        }
        if (created.failure() != null || created.status() != 409) {
            throw new SetupException("POST " + collection + " (" + name + ") -> " + created.describe());
        }
        AlarmApi.Answer replaced = api.send(api.replaceRequest(collection, name, json));
        if (!replaced.ok()) {
            throw new SetupException("PUT " + collection + "/" + name + " after 409 -> " + replaced.describe());
        }
        return "replaced";
    }
}
