package eu.ondernemerscheck.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code target/ondernemerscheck.jar}) started as a separate process, exactly as the
 * README's run command starts it, with demo data and a fresh embedded database. One instance serves all end-to-end
 * tests of a run and is stopped when the test JVM ends.
 */
public final class RunningApp {

    private static final Pattern DEMO_LINE = Pattern.compile("^\\s+(ADMIN|ACCOUNTANT|CLIENT)\\s+(\\S+)\\s+(\\S+)\\s*$");
    private static final Pattern CHECK_LINE =
            Pattern.compile("^\\s+Snelle check van het demokantoor: (/check/\\S+)\\s*$");
    private static volatile RunningApp shared;

    private final Process process;
    private final int port;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final Map<String, String[]> demoAccounts = new ConcurrentHashMap<>();
    private volatile String demoCheckPath;

    private RunningApp(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The shared demo instance, started on first use. */
    public static synchronized RunningApp demo() {
        if (shared == null) {
            shared = start(List.of("--ondernemerscheck.demo=true"));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** Starts the jar with extra arguments on a free port and a fresh data directory, and waits until it is healthy. */
    public static RunningApp start(List<String> extraArgs) {
        int port = freePort();
        Path dataDir = Path.of("target", "e2e-db", UUID.randomUUID().toString()).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx1g", "-jar", jar().toString(),
                "--server.port=" + port, "--ondernemerscheck.db.dir=" + dataDir));
        command.addAll(extraArgs);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            RunningApp app = new RunningApp(p, port);
            app.pumpOutput();
            app.awaitHealthy(Duration.ofSeconds(120));
            return app;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the application jar", e);
        }
    }

    public static Path jar() {
        Path jar = Path.of("target", "ondernemerscheck.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first (mvn package): " + jar);
        }
        return jar;
    }

    public static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    public String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    public int port() {
        return port;
    }

    /** The generated password of a demo account, as printed once at start-up. */
    public String[] demoAccount(String role) {
        String[] account = demoAccounts.get(role);
        if (account == null) {
            throw new IllegalStateException("no demo account " + role + " in the start-up output");
        }
        return account;
    }

    /** The demo firm's quick-check address, as printed once at start-up beside the demo passwords. */
    public String demoCheckUrl() {
        if (demoCheckPath == null) {
            throw new IllegalStateException("no demo quick-check link in the start-up output");
        }
        return baseUrl() + demoCheckPath.substring(1);
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    private void pumpOutput() {
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    output.add(line);
                    Matcher m = DEMO_LINE.matcher(line);
                    if (m.matches()) {
                        demoAccounts.put(m.group(1), new String[]{m.group(2), m.group(3)});
                    }
                    Matcher check = CHECK_LINE.matcher(line);
                    if (check.matches()) {
                        demoCheckPath = check.group(1);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "app-output");
        pump.setDaemon(true);
        pump.start();
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped during start-up:\n"
                        + String.join("\n", output));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && demoReady()) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            process.onExit().completeOnTimeout(null, 250, java.util.concurrent.TimeUnit.MILLISECONDS).join();
        }
        stop();
        throw new IllegalStateException("the application did not become healthy in " + timeout + ":\n"
                + String.join("\n", output));
    }

    private boolean demoReady() {
        return output.stream().noneMatch(l -> l.contains("Demo-accounts"))
                || (demoAccounts.size() == 3 && demoCheckPath != null)
                || output.stream().anyMatch(l -> l.contains("Demogegevens bestaan al"));
    }

    public void stop() {
        if (process.isAlive()) {
            process.destroy();
            process.onExit().completeOnTimeout(null, 30, java.util.concurrent.TimeUnit.SECONDS).join();
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
