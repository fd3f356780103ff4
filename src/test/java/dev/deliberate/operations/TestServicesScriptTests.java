package dev.deliberate.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tools/test-services.sh, which {@code ./mvnw verify} runs before the tests: on this machine, where
 * it has already run, it finds everything and changes nothing, however often it runs; where
 * something is missing it installs and starts exactly what is (shown in its dry run); without root
 * or sudo it stops with a clear message.
 */
class TestServicesScriptTests {

    private static final Path SCRIPT = Path.of("tools/test-services.sh");

    @TempDir
    Path bin;

    @Test
    void withEverythingInPlaceItChangesNothingHoweverOftenItRuns() throws Exception {
        Run first = run(Map.of());
        Run second = run(Map.of());

        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).contains("chromium and chromedriver found", "MariaDB answers on 127.0.0.1:3306")
                .doesNotContain("installing", "starting");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void whatIsMissingIsInstalledAndStarted() throws Exception {
        Run dry = run(Map.of("TEST_SERVICES_DRY_RUN", "1", "TEST_SERVICES_DB_PORT", String.valueOf(closedPort()),
                "TEST_SERVICES_MARIADBD", bin.resolve("no-mariadbd").toString(), "PATH", onlyTools("id", "apt-get")));

        assertThat(dry.exit()).as(dry.output()).isZero();
        assertThat(dry.output()).contains("would run: apt-get install -y -q chromium chromium-driver",
                "would run: apt-get install -y -q mariadb-server",
                "would run: start-stop-daemon --start --oknodo --background --exec " + bin.resolve("no-mariadbd"));
    }

    @Test
    void withoutRootOrSudoItSaysWhatItNeeds() throws Exception {
        Path id = bin.resolve("id");
        Files.writeString(id, "#!/bin/sh\necho 1000\n", StandardCharsets.UTF_8);
        id.toFile().setExecutable(true);
        Run refused = run(Map.of("TEST_SERVICES_DB_PORT", String.valueOf(closedPort()), "PATH", onlyTools("apt-get")));

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("needs root or password-less sudo to run: apt-get install", "-Dsetup.skip");
    }

    private record Run(int exit, String output) {
    }

    private Run run(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", SCRIPT.toString()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    /** A PATH of this test's folder, holding the named system tools (and any fakes written there) only. */
    private String onlyTools(String... tools) throws IOException {
        for (String tool : tools) {
            Path link = bin.resolve(tool);
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, Path.of("/usr/bin", tool));
            }
        }
        return bin.toString();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
