package dev.deliberate.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes a benchmark's table into docs/benchmarks.md between its markers, with the date and the
 * machine it ran on, so the document always shows the latest measured figures.
 */
final class BenchmarkReport {

    private static final Path DOC = Path.of("docs/benchmarks.md");

    private BenchmarkReport() {
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        }
        catch (IOException ignored) {
            // not Linux: keep the default
        }
        long memoryGb = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024L * 1024 * 1024);
        return String.format(Locale.ROOT, "%d cores (%s), %d GiB RAM, %s %s, Java %s", Runtime.getRuntime().availableProcessors(),
                cpu, memoryGb, System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"));
    }

    static void write(String name, String heading, List<String> lines) throws IOException {
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        StringBuilder section = new StringBuilder(start).append('\n').append(heading).append("\n\n");
        section.append("Measured ").append(LocalDate.now()).append(" on ").append(host()).append(": ").append(machine()).append(".\n\n");
        lines.forEach(l -> section.append(l).append('\n'));
        section.append(end);
        String doc = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "# Benchmarks\n";
        int from = doc.indexOf(start);
        int to = doc.indexOf(end);
        String updated = from >= 0 && to > from
                ? doc.substring(0, from) + section + doc.substring(to + end.length())
                : doc.stripTrailing() + "\n\n" + section + "\n";
        Files.writeString(DOC, updated, StandardCharsets.UTF_8);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (IOException e) {
            return "this machine";
        }
    }
}
