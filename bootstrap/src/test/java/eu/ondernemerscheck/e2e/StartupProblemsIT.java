package eu.ondernemerscheck.e2e;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each usual start-up problem stops the packaged jar with one clear line saying what is wrong and what to do, a
 * non-zero exit, and no stack trace.
 */
class StartupProblemsIT {

    static Stream<Arguments> problems() throws IOException {
        Path file = Files.createTempFile("ondernemerscheck", ".txt");
        return Stream.of(
                Arguments.of("a datasource URL that is not PostgreSQL",
                        List.of("--spring.datasource.url=jdbc:mysql://localhost/ondernemerscheck"),
                        "geen geldige PostgreSQL-URL"),
                Arguments.of("an unreachable database",
                        List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/ondernemerscheck",
                                "--spring.datasource.hikari.connection-timeout=2000"),
                        "niet bereikbaar"),
                Arguments.of("a data directory that cannot be created",
                        List.of("--ondernemerscheck.db.dir=" + file.resolve("db")),
                        "kan niet worden aangemaakt"),
                Arguments.of("a port that is in use", List.of("busy-port"), "poort is al in gebruik"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void theAppStopsWithOneClearLine(String problem, List<String> args, String expected) throws Exception {
        try (ServerSocket busy = new ServerSocket(0)) {
            boolean portCase = args.contains("busy-port");
            int port = portCase ? busy.getLocalPort() : RunningApp.freePort();
            List<String> command = new ArrayList<>(List.of(RunningApp.javaExecutable(), "-jar",
                    RunningApp.jar().toString(), "--server.port=" + port));
            if (args.stream().noneMatch(a -> a.startsWith("--ondernemerscheck.db.dir="))) {
                command.add("--ondernemerscheck.db.dir=" + Path.of("target", "e2e-db", UUID.randomUUID().toString())
                        .toAbsolutePath());
            }
            command.addAll(args.stream().filter(a -> !a.equals("busy-port")).toList());
            Path log = Files.createTempFile("startup", ".log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = p.waitFor(120, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);

            assertThat(ended).as("the app stops by itself").isTrue();
            assertThat(p.exitValue()).as("exit code").isNotZero();
            List<String> explained = out.lines().filter(l -> l.startsWith("Ondernemerscheck kan niet starten:"))
                    .toList();
            assertThat(explained).as(out).hasSize(1);
            assertThat(explained.get(0)).contains(expected);
            assertThat(out).as("no stack trace").doesNotContain("\tat ").doesNotContain("Caused by");
        }
    }
}
