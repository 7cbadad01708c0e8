package de.koeln.zks.itests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The distribution unpacked into its own folder and run as operators run it ({@code bin/karaf}),
 * on free ports, for tests that need a whole process: first start, kill -9, restart.
 */
final class Distribution implements AutoCloseable {
    final Path home;
    final int httpPort = ZksTestSupport.freePort();
    final int sshPort = ZksTestSupport.freePort();
    private Process process;

    Distribution(Path workDir) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path archive = Path.of(System.getProperty("zks.distribution"));
        run(List.of("tar", "xzf", archive.toAbsolutePath().toString(), "-C", workDir.toString()));
        try (var dirs = Files.list(workDir)) {
            home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort));
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(sshPort));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(ZksTestSupport.freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(ZksTestSupport.freePort()));
    }

    /** Starts {@code bin/karaf server} in the foreground of a child process ({@code exec}: the JVM is the child). */
    Process start(Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("console.out").toFile());
        builder.environment().remove("ZKS_ADMIN_PASSWORD");
        builder.environment().put("KARAF_EXEC", "exec");
        builder.environment().putAll(env);
        process = builder.start();
        return process;
    }

    HttpApi http() {
        return new HttpApi("http://127.0.0.1:" + httpPort);
    }

    String console() throws IOException {
        return Files.readString(home.resolve("console.out"), StandardCharsets.UTF_8);
    }

    /** kill -9 of the JVM and anything it started. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    void awaitHttp(String path, String user, Duration timeout) {
        HttpApi api = http();
        ZksTestSupport.waitFor(path + " answers", timeout, () -> {
            if (process != null && !process.isAlive()) {
                throw new AssertionError("the container died; console: " + safeConsole());
            }
            try {
                int status = api.get(path, user).status();
                // with a user, 401 also means "not yet": the login is not possible before the first start's admin
                return status != 404 && status < 500 && (user == null || status != 401);
            } catch (IllegalStateException notYetListening) {
                return false;
            }
        });
    }

    private String safeConsole() {
        try {
            return console();
        } catch (IOException e) {
            return e.toString();
        }
    }

    /**
     * Runs console commands as {@code bin/client} does for an operator, the commands on its standard input (given
     * as an argument, Karaf 4.4's client closes the session before the command runs when its input is no terminal).
     */
    String shell(String user, String password, String... commands) throws IOException, InterruptedException {
        Process client = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort),
            "-h", "127.0.0.1", "-u", user, "-p", password)
            .directory(home.toFile()).redirectErrorStream(true).start();
        try (var in = client.getOutputStream()) {
            in.write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!client.waitFor(120, TimeUnit.SECONDS)) {
            client.destroyForcibly();
            throw new IOException("bin/client did not end: " + output);
        }
        return output;
    }

    void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = Files.readAllLines(path, StandardCharsets.ISO_8859_1);
        lines.removeIf(l -> l.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*[=:].*"));
        lines.add(key + " = " + value);
        Files.write(path, lines, StandardCharsets.ISO_8859_1);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("failed: " + command);
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    static Path workDir(String name) {
        return new File("target/distributions/" + name + "-" + System.nanoTime()).toPath().toAbsolutePath();
    }
}
