package dev.atlanspring.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How busy the machine was while the benchmark ran, for the report: the load averages, and how many cores other
 * processes kept busy on average. The latter is the machine's busy CPU time ({@code /proc/stat}) less the
 * benchmark's own (this JVM, the stubs in it, and every part's JVM once it has ended: {@code /proc/self/stat}
 * counts waited-for children), so it shows what else shared the cores, which the load average cannot tell apart
 * from the benchmark itself. Linux only; elsewhere it reports what it can.
 */
final class MachineLoad {

    private final long startBusy;

    private final long startTotal;

    private final long startOwn;

    private final List<Double> startLoad;

    private MachineLoad() {
        long[] cpu = machineJiffies();
        this.startBusy = cpu[0];
        this.startTotal = cpu[1];
        this.startOwn = ownJiffies();
        this.startLoad = loadAverage();
    }

    /**
     * Takes the starting point.
     * @return the measurement, to {@link #finish()} at the end
     */
    static MachineLoad start() {
        return new MachineLoad();
    }

    /**
     * Describes the machine and what it did since the start.
     * @return cores, Java, load averages at start and end, and the cores other processes kept busy
     */
    Map<String, Object> finish() {
        Map<String, Object> machine = new LinkedHashMap<>();
        int cores = Runtime.getRuntime().availableProcessors();
        machine.put("cores", cores);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("finishedAt", Instant.now().toString());
        machine.put("scale", Double.parseDouble(System.getProperty("benchmark.scale", "1")));
        machine.put("loadAverageAtStart", this.startLoad);
        machine.put("loadAverageAtEnd", loadAverage());
        long[] cpu = machineJiffies();
        long total = cpu[1] - this.startTotal;
        if (total > 0) {
            long others = Math.max(0, (cpu[0] - this.startBusy) - (ownJiffies() - this.startOwn));
            machine.put("coresBusyWithOtherProcesses", Stats.round((double) others / total * cores, 2));
        }
        return machine;
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} shows them. */
    static List<Double> loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return List.of(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]),
                    Double.parseDouble(fields[2]));
        }
        catch (IOException | RuntimeException ex) {
            return List.of(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Busy and total jiffies of all cores: user, nice, system, irq, softirq, steal are busy; idle, iowait not. */
    private static long[] machineJiffies() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                long value = Long.parseLong(f[i]);
                total += value;
                if (i != 4 && i != 5) {
                    busy += value;
                }
            }
            return new long[] { busy, total };
        }
        catch (IOException | RuntimeException ex) {
            return new long[] { 0, 0 };
        }
    }

    /** This process's user and system jiffies, its ended children's included. */
    private static long ownJiffies() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split("\\s+");
            // After the command name: state is field 3, utime 14, stime 15, cutime 16, cstime 17 (1-based).
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        }
        catch (IOException | RuntimeException ex) {
            return 0;
        }
    }

}
