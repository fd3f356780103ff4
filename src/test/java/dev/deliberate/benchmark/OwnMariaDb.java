package dev.deliberate.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.deliberate.testing.IntegrationTestSupport;

/**
 * A MariaDB server of a test's own, in a temporary data directory on a free port, so a drill can
 * crash and restart it without touching the machine's shared server (which other tests use at the
 * same time). Needs {@code mariadb-install-db} and {@code mariadbd} (Debian's mariadb-server);
 * without them it fails with a message saying so, never skips.
 */
final class OwnMariaDb implements AutoCloseable {

    private static final List<Path> BINARIES = List.of(Path.of("/usr/sbin"), Path.of("/usr/bin"), Path.of("/usr/local/bin"),
            Path.of("/usr/local/mysql/bin"));

    private final Path dir;
    private final Path server;
    final int port;
    private Process process;

    private OwnMariaDb(Path dir, Path server, int port) {
        this.dir = dir;
        this.server = server;
        this.port = port;
    }

    /** Installs a fresh data directory and starts the server on it. */
    static OwnMariaDb start() throws IOException, InterruptedException {
        Path install = binary("mariadb-install-db");
        Path server = binary("mariadbd");
        Path dir = Files.createTempDirectory("deliberate-own-mariadb-");
        Process installing = new ProcessBuilder(install.toString(), "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--auth-root-authentication-method=normal", "--skip-test-db")
                .redirectErrorStream(true).redirectOutput(dir.resolve("install.log").toFile()).start();
        if (!installing.waitFor(120, TimeUnit.SECONDS) || installing.exitValue() != 0) {
            installing.destroyForcibly();
            throw new IllegalStateException("mariadb-install-db failed; see " + dir.resolve("install.log"));
        }
        OwnMariaDb db = new OwnMariaDb(dir, server, IntegrationTestSupport.freePort());
        db.start(Duration.ofSeconds(120));
        return db;
    }

    /** Starts the server on the same data directory and port again (after {@link #crash()}), InnoDB recovering. */
    void start(Duration limit) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(server.toString(), "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"), "--skip-grant-tables", "--skip-log-bin", "--skip-name-resolve",
                "--innodb-buffer-pool-size=64M", "--max-connections=200"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add(2, "--user=root");
        }
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile())).start();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited with " + process.exitValue() + "; see " + dir.resolve("server.log"));
            }
            try (Connection ignored = DriverManager.getConnection(jdbcUrl(""), "root", "")) {
                return;
            }
            catch (SQLException notYet) {
                Thread.sleep(250);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("mariadbd did not accept connections within " + limit + "; see " + dir.resolve("server.log"));
    }

    /** Ends the server as a crash or {@code kill -9} does: no shutdown, no flush. */
    void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static Path binary(String name) {
        return BINARIES.stream().map(d -> d.resolve(name)).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("This drill runs a MariaDB server of its own and needs " + name
                        + " (Debian: apt-get install mariadb-server); none found in " + BINARIES));
    }
}
