package org.jiuzhu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The application as `./mvnw spring-boot:run` starts it, in a JVM of its own, on the default database in a
 * folder of the test's: a test can kill it for real (SIGKILL) and start it again on the same files.
 */
public final class ChildApplication implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofMinutes(2);
  /** Answers only once the demo users exist and their units' rights are granted (the last start-up step). */
  private static final String READY = "/engine-rest/process-definition/key/temporary-assistance-unemployed";

  private final Process process;
  private final Path log;
  private final RestCalls rest;

  private ChildApplication(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.rest = new RestCalls(port);
  }

  /** Starts the application on the default database in {@code folder} and waits until it answers. */
  public static ChildApplication start(Path folder) throws Exception {
    int port = freePort();
    Path log = folder.resolve("application-" + port + ".log");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // a quick start on two cores; nothing tested here depends on the JIT or the collector
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m", "-Dfile.encoding=UTF-8",
        "-cp", applicationClassPath(), JiuzhuApplication.class.getName(),
        "--server.port=" + port,
        "--spring.datasource.url=" + DefaultDatabase.url(folder),
        "--jiuzhu.personal-data.generate-key-file=" + folder.resolve("personal-data.key"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // The default's settings only, whatever profile or key the shell running the build has set.
    builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("JIUZHU_")
        || name.startsWith("CAMUNDA_"));
    Process process = builder.start();
    ChildApplication application = new ChildApplication(process, log, port);
    try {
      application.awaitReady();
      return application;
    } catch (Throwable e) {
      application.kill();
      throw e;
    }
  }

  public RestCalls rest() {
    return rest;
  }

  /** SIGKILL on Linux: no shutdown hook, no flush, no close. Returns the exit status. */
  public int kill() throws InterruptedException {
    process.destroyForcibly();
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("the application is gone").isTrue();
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private void awaitReady() throws Exception {
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        fail("the application exited with status %d:%n%s", process.exitValue(), tail());
      }
      try {
        HttpResponse<String> answer = rest.as("clerk1", "GET", READY, null);
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // polled again below
      }
      Thread.sleep(250);
    }
    fail("the application did not answer within %s:%n%s", STARTUP, tail());
  }

  /** The test JVM's class path without the tests' own classes: the application as it ships. */
  private static String applicationClassPath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !Path.of(entry).endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }
}
