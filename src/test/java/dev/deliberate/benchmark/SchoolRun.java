package dev.deliberate.benchmark;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The measured part of a school's load: how long it lasts, the node's heap and resident memory
 * sampled every second, the CPU the node, the database and the load generator used; and the table
 * it leaves in docs/benchmarks.md.
 */
final class SchoolRun {

    private final ServerProcess server;
    private final RequestTimes times;
    private final Duration ramp;
    private final Duration time;
    private double peakHeapMb;
    private double peakRssMb;
    private double lastRssMb;
    private double serverCpu;
    private double databaseCpu;
    private double loadCpu;
    private double seconds;
    private double lowestLoad = Double.MAX_VALUE;
    private double highestLoad;

    SchoolRun(ServerProcess server, RequestTimes times, Duration ramp, Duration time) {
        this.server = server;
        this.times = times;
        this.ramp = ramp;
        this.time = time;
    }

    /** Lets the load run its ramp and its time, sampling memory, then tells it to stop. */
    void measure(AtomicBoolean stop) throws InterruptedException {
        double cpuBefore = server.cpuSeconds();
        double databaseBefore = ServerProcess.databaseCpuSeconds();
        double loadBefore = ServerProcess.loadGeneratorCpuSeconds();
        long begin = System.nanoTime();
        // the launches are spread over the ramp; a late one's first page may take a few seconds more
        times.steadyFrom(begin + ramp.plusSeconds(15).toNanos());
        while (System.nanoTime() - begin < ramp.plus(time).toNanos()) {
            Thread.sleep(1000);
            peakHeapMb = Math.max(peakHeapMb, server.heapUsed() / (1024 * 1024));
            lastRssMb = server.residentBytes() / (1024 * 1024);
            peakRssMb = Math.max(peakRssMb, lastRssMb);
            double load = loadAverage();
            lowestLoad = Math.min(lowestLoad, load);
            highestLoad = Math.max(highestLoad, load);
        }
        stop.set(true);
        seconds = (System.nanoTime() - begin) / 1e9;
        serverCpu = server.cpuSeconds() - cpuBefore;
        databaseCpu = ServerProcess.databaseCpuSeconds() - databaseBefore;
        loadCpu = ServerProcess.loadGeneratorCpuSeconds() - loadBefore;
    }

    /** The machine's one-minute load average: above the number of cores, every latency includes waiting for one. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
        }
        catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    void report(int classes, int perClass, String heap) throws IOException {
        int requests = times.total();
        List<String> lines = new ArrayList<>(List.of(
                "| request | count | failed | per second | p50 ms | p95 ms | p99 ms | max ms |",
                "|---|---:|---:|---:|---:|---:|---:|---:|"));
        for (RequestTimes.Figures f : times.figures()) {
            lines.add(SchoolLoadBenchmark.format("| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |", f.kind(), f.count(), f.failed(),
                    f.count() / seconds, f.p50Millis(), f.p95Millis(), f.p99Millis(), f.maxMillis()));
        }
        lines.add("");
        lines.add(SchoolLoadBenchmark.format("| node (-Xms%s -Xmx%s) | figure |", heap, heap));
        lines.add("|---|---:|");
        lines.add(SchoolLoadBenchmark.format("| requests, all kinds | %,d in %.0f s (%.0f/s) |", requests, seconds, requests / seconds));
        lines.add(SchoolLoadBenchmark.format("| peak heap in use | %.0f MB |", peakHeapMb));
        lines.add(SchoolLoadBenchmark.format("| peak resident memory (RSS) | %.0f MB (%.0f MB at the end) |", peakRssMb, lastRssMb));
        lines.add(SchoolLoadBenchmark.format("| tool CPU | %.1f s: %.2f ms per request, %.2f ms per attempt |", serverCpu,
                serverCpu * 1000 / requests, serverCpu * 1000 / Math.max(1, times.count("attempt"))));
        lines.add(SchoolLoadBenchmark.format("| database CPU | %.1f s: %.2f ms per request |", databaseCpu, databaseCpu * 1000 / requests));
        lines.add(SchoolLoadBenchmark.format("| the machine's load average (1 min) during the run | %.1f to %.1f |", lowestLoad, highestLoad));
        lines.add(SchoolLoadBenchmark.format("| load generator CPU (signing id_tokens included) | %.1f s: %.2f ms per request |", loadCpu,
                loadCpu * 1000 / requests));
        lines.add("");
        lines.add(SchoolLoadBenchmark.format("%d classes of %d students and their %d teachers, one node. The students launch at random "
                + "moments within the first %d s, then answer a problem every 2 to 8 s (5 s on average), as long as the run lasts "
                + "(%d s after the launches began); each launch is the login initiation, the id_token POST and the choice of an "
                + "interest. Each teacher launches at the start, then asks for the Stuck now list every 4 s (as the open page "
                + "does) and reloads the whole class view every 32 s. Before the school arrives, a class of 8 practises flat out "
                + "for warm-up (not counted). Scores go to a WireMock platform through AGS. The node runs in its own JVM on "
                + "MariaDB through MySQL Connector/J, sharing the two cores with the database and the load generator.",
                classes, perClass, classes, ramp.getSeconds(), ramp.plus(time).getSeconds()));
        BenchmarkReport.write("school-benchmark", "## A school's load (issue 13)", lines);
    }
}
