package de.koeln.zks.benchmarks.alarm;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;

/**
 * CPU used during a phase: by the driver's own process and, where the JVM can tell, by the whole machine. When
 * the machine is busy (the server usually runs on it too), measured latencies include queueing for the CPU.
 */
final class CpuUsage {

    /** Above this share of all cores the machine counts as CPU-bound. */
    static final double BUSY = 0.8;

    /** Cores used on average by the driver, and the machine's load (0..1, negative when unknown). */
    record Sample(double driverCores, double machineLoad, int cores) {
        boolean machineBusy() {
            return machineLoad >= BUSY;
        }

        String describe() {
            String machine = machineLoad < 0 ? "unknown"
                    : String.format(Locale.ROOT, "%.0f %%", machineLoad * 100);
            return String.format(Locale.ROOT, "driver %.2f of %d cores, whole machine %s", driverCores, cores,
                    machine);
        }
    }

    private final com.sun.management.OperatingSystemMXBean os;
    private long startCpu;
    private long startWall;

    CpuUsage() {
        OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
        this.os = bean instanceof com.sun.management.OperatingSystemMXBean
                ? (com.sun.management.OperatingSystemMXBean) bean : null;
    }

    void start() {
        startWall = System.nanoTime();
        if (os != null) {
            startCpu = os.getProcessCpuTime();
            os.getCpuLoad(); // the next call reports the load since this one
        }
    }

    Sample stop() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (os == null) {
            return new Sample(0, -1, cores);
        }
        double wall = Math.max(1, System.nanoTime() - startWall);
        long cpu = os.getProcessCpuTime();
        double driver = cpu < 0 ? 0 : (cpu - startCpu) / wall;
        return new Sample(driver, os.getCpuLoad(), cores);
    }
}
