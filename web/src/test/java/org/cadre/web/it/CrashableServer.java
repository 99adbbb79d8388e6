package org.cadre.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Liberty server of its own, made from the integration-test server's configuration and the built
 * WAR, that a test can kill without warning (SIGKILL) and start again on the same data.
 */
final class CrashableServer implements AutoCloseable {

  private final Path wlp;
  private final String name;
  private final Path dir;
  private final int port;

  /**
   * @param settings extra server.xml variables, e.g. {@code cadre.import.wait-seconds=0}
   * @param jvmOptions options of the server's JVM, e.g. {@code -Xmx512m}
   */
  CrashableServer(
      String name, int port, int httpsPort, List<String> settings, List<String> jvmOptions) {
    this.wlp = Path.of(System.getProperty("wlp.home"));
    this.name = name;
    this.dir = wlp.resolve("usr/servers").resolve(name);
    this.port = port;
    Path template = wlp.resolve("usr/servers").resolve(System.getProperty("it.server.name"));
    try {
      delete(dir);
      Files.createDirectories(dir.resolve("dropins"));
      Files.createDirectories(dir.resolve("configDropins/overrides"));
      for (String file :
          List.of("server.xml", "datasource-h2.xml", "datasource-postgresql.xml", "server.env")) {
        Files.copy(template.resolve(file), dir.resolve(file));
      }
      copyTree(template.resolve("jdbc"), dir.resolve("jdbc"));
      Files.writeString(
          dir.resolve("bootstrap.properties"),
          Files.readString(template.resolve("bootstrap.properties"))
              .replaceAll("default.http.port=\\d+", "default.http.port=" + port)
              .replaceAll("default.https.port=\\d+", "default.https.port=" + httpsPort));
      StringBuilder variables = new StringBuilder("<server>\n");
      variables.append("  <variable name=\"cadre.demo\" value=\"true\"/>\n");
      for (String setting : settings) {
        String[] parts = setting.split("=", 2);
        variables
            .append("  <variable name=\"")
            .append(parts[0])
            .append("\" value=\"")
            .append(parts[1])
            .append("\"/>\n");
      }
      Files.writeString(
          dir.resolve("configDropins/overrides/crash-test.xml"), variables.append("</server>\n"));
      Files.write(dir.resolve("jvm.options"), jvmOptions);
      Files.copy(
          Path.of(System.getProperty("cadre.war")),
          dir.resolve("dropins/cadre.war"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI base() {
    return URI.create("http://localhost:" + port + "/");
  }

  /** A file of the server's, e.g. {@code imports/import-7.upload}. */
  Path file(String path) {
    return dir.resolve(path);
  }

  /** The server's message log so far. */
  String messages() {
    try {
      return Files.readString(dir.resolve("logs/messages.log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the server in the background and waits until /health/ready answers UP. */
  void start() {
    run("start");
    Instant until = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(until)) {
      if (ready()) {
        return;
      }
      pause(Duration.ofMillis(500));
    }
    throw new IllegalStateException(name + " did not become ready; see " + dir.resolve("logs"));
  }

  /** Whether the server answers /health/ready with UP now. */
  boolean ready() {
    try {
      HttpResponse<String> ready =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(base().resolve("health/ready")).build(),
                  HttpResponse.BodyHandlers.ofString());
      return ready.statusCode() == 200;
    } catch (IOException e) {
      return false; // not listening
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Kills the server's JVM at once, as a power cut would: no shutdown hooks, no clean-up. */
  void kill() {
    try {
      long pid =
          Long.parseLong(
              Files.readString(wlp.resolve("usr/servers/.pid/" + name + ".pid")).strip());
      ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
      process.destroyForcibly();
      process.onExit().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not kill " + name, e);
    }
  }

  @Override
  public void close() {
    run("stop");
  }

  private void run(String action) {
    try {
      Process process =
          new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve(action + ".out").toFile())
              .start();
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("server " + action + " " + name + " did not finish");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
