package se.medverka.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The production jar ({@code mvn package} builds it before failsafe runs) started as a process of
 * its own, as a node of a cluster would be: it can be stopped, killed with SIGKILL and started again
 * on the same port. Its console goes to {@code target/nodes/<name>.log}. {@link #extracted} runs it
 * as docs/operations.md recommends for production: unpacked once with Spring Boot's
 * {@code -Djarmode=tools extract}, which starts with about 40 % less processor time than the
 * packed jar's nested class loader.
 */
public final class PortalNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final Path jar;
    private final Path log;
    private Process process;

    /** The packed jar, started with {@code java -jar portal-<version>.jar}. */
    public PortalNode(String name, Map<String, String> environment, List<String> arguments) {
        this(name, environment, arguments, productionJar());
    }

    /** The jar as extracted for production ({@code target/nodes/extracted}, unpacked once per build). */
    public static PortalNode extracted(String name, Map<String, String> environment, List<String> arguments) {
        return new PortalNode(name, environment, arguments, extractedJar());
    }

    private PortalNode(String name, Map<String, String> environment, List<String> arguments, Path jar) {
        this.name = name;
        this.jar = jar;
        this.port = freePort();
        this.environment = environment;
        this.arguments = arguments;
        this.log = Path.of("target", "nodes", name + ".log");
        try {
            // A new node starts a new console; restarts of this one append to it.
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    public String name() {
        return name;
    }

    /** Starts the process (it also runs the database migrations, under Flyway's lock). */
    public synchronized PortalNode start() {
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(
                    java(), "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                    "--server.port=" + port));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // Only the configuration the test gives: nothing inherited from the shell that runs Maven.
            builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("MEDVERKA_"));
            builder.environment().putAll(environment);
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the start page answers 200, or fails with the end of the node's console. */
    public PortalNode awaitServing(Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (serves()) {
                return this;
            }
            sleep(300);
        }
        throw new IllegalStateException(name + " did not serve within " + timeout + ":\n" + tail());
    }

    /** Whether the start page answers 200 now. */
    public boolean serves() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url())).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until the process ends by itself; its exit code, or fails if it still runs after {@code timeout}. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " still runs after " + timeout + ":\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything the node wrote to its console so far. */
    public String console() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The production jar this node runs. */
    public static Path productionJar() {
        try {
            return jar();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The production jar extracted as docs/operations.md describes, into {@code target/nodes/extracted};
     * extracted again when the jar is newer than the extraction.
     */
    private static synchronized Path extractedJar() {
        Path packed = productionJar();
        Path folder = Path.of("target", "nodes", "extracted").toAbsolutePath();
        Path extracted = folder.resolve(packed.getFileName());
        try {
            if (!Files.exists(extracted) || Files.getLastModifiedTime(extracted).compareTo(Files.getLastModifiedTime(packed)) < 0) {
                Process tools = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", packed.toString(), "extract", "--force", "--destination", folder.toString())
                        .redirectErrorStream(true).start();
                String output = new String(tools.getInputStream().readAllBytes());
                if (tools.waitFor() != 0 || !Files.exists(extracted)) {
                    throw new IllegalStateException("Could not extract " + packed + ":\n" + output);
                }
            }
            return extracted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code kill -9}: no shutdown hook, no transaction finished, connections simply gone. */
    public synchronized void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    private void waitForExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The executable jar in target/ (not the plain one Spring Boot keeps as .original). */
    private static Path jar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "portal-*.jar")) {
            for (Path jar : jars) {
                if (!jar.getFileName().toString().endsWith("-sources.jar")) {
                    return jar.toAbsolutePath();
                }
            }
        }
        throw new IllegalStateException("No portal jar in " + new File("target").getAbsolutePath() + ": run mvn package first");
    }

    /** The java command of the JVM that runs the tests. */
    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
