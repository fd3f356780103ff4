package dev.deliberate.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tool in its own JVM, as in production, so the load generator's allocations and threads do
 * not count as the server's. Reads the server's heap through its metrics endpoint.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern VALUE = Pattern.compile("\"statistic\":\"VALUE\",\"value\":([0-9.E+]+)");
    static final String OPERATOR_PASSWORD = "benchmark-operator-password";

    private final Process process;
    final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServerProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts the tool with the demo platform on the local MariaDB, in a fresh database. */
    static ServerProcess start(int port, String database, String heap, Path log) throws IOException, InterruptedException {
        return start(port, database, heap, log, List.of());
    }

    /** As {@link #start(int, String, String, Path)}, with more {@code --name=value} settings. */
    static ServerProcess start(int port, String database, String heap, Path log, List<String> settings)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms" + heap, "-Xmx" + heap,
                "-cp", System.getProperty("java.class.path")));
        String extra = System.getProperty("benchmark.jvmArgs", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("dev.deliberate.DeliberateApplication",
                "--spring.profiles.active=demo,mariadb",
                "--server.port=" + port,
                "--deliberate.base-url=http://localhost:" + port,
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/" + database
                        + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true",
                "--spring.datasource.hikari.maximum-pool-size=20",
                "--server.tomcat.threads.max=100",
                "--deliberate.admin.password=" + OPERATOR_PASSWORD,
                "--deliberate.lti.platforms-dir=target/no-platform-seeds",
                "--management.endpoints.web.exposure.include=health,metrics",
                // the demo students get no simulated histories: the benchmarks make their own load
                "--deliberate.demo.class-histories=false"));
        for (String setting : settings) {
            String name = setting.substring(0, setting.indexOf('=') + 1);
            command.removeIf(arg -> !name.isEmpty() && arg.startsWith(name));
            command.add(setting);
        }
        // -Dbenchmark.serverArgs="--name=value ..." replaces settings of the same name, for experiments
        String overrides = System.getProperty("benchmark.serverArgs", "");
        for (String override : overrides.isBlank() ? new String[0] : overrides.trim().split("\\s+")) {
            String name = override.substring(0, override.indexOf('=') + 1);
            command.removeIf(arg -> !name.isEmpty() && arg.startsWith(name));
            command.add(override);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServerProcess server = new ServerProcess(process, "http://localhost:" + port);
        try {
            // a loaded machine (other builds on the same two cores) can take minutes to start it
            server.awaitHealthy(Duration.ofSeconds(240));
        }
        catch (RuntimeException | InterruptedException e) {
            server.close(); // no server left holding the port for the next run
            throw e;
        }
        return server;
    }

    private void awaitHealthy(Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; see its log");
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            }
            catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not become healthy within " + limit);
    }

    /** Heap in use now, in bytes, as the server's JVM reports it. */
    double heapUsed() {
        try {
            HttpResponse<String> metric = http.send(HttpRequest.newBuilder(
                    URI.create(baseUrl + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("admin:" + OPERATOR_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = VALUE.matcher(metric.body());
            return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        }
        catch (IOException e) {
            return Double.NaN;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    /** CPU time the server's process has used so far (user + system), in seconds; NaN off Linux. */
    double cpuSeconds() {
        return cpuSecondsOf(process.pid());
    }

    /** CPU time of the local database server (mariadbd or mysqld), in seconds; NaN when not found. */
    static double databaseCpuSeconds() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .mapToDouble(p -> cpuSecondsOf(p.pid())).sum();
    }

    /** CPU time of this JVM, the load generator. */
    static double loadGeneratorCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static double cpuSecondsOf(long pid) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        }
        catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Ends the server as {@code kill -9} does: no shutdown hook, no finishing of work in flight. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static File target() {
        File dir = new File("target/benchmarks");
        dir.mkdirs();
        return dir;
    }
}
