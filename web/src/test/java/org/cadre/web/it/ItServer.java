package org.cadre.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The integration-test server as the black-box tests reach it: its ports, its own certificate and
 * its logs (the tests run on the machine that runs it).
 */
final class ItServer {

  private ItServer() {}

  static int httpPort() {
    return Integer.getInteger("it.http.port");
  }

  static int httpsPort() {
    return Integer.getInteger("it.https.port");
  }

  static Path directory() {
    return Path.of(System.getProperty("wlp.home"), "usr", "servers")
        .resolve(System.getProperty("it.server.name"));
  }

  /** The HTTPS address of the integration-test server for its HTTP one; other servers as given. */
  static URI secure(URI base) {
    if (!"http".equals(base.getScheme()) || base.getPort() != httpPort()) {
      return base;
    }
    return URI.create("https://" + base.getHost() + ":" + httpsPort() + base.getPath());
  }

  /** The plain HTTP address of the integration-test server. */
  static URI insecure() {
    return URI.create("http://localhost:" + httpPort() + "/");
  }

  /**
   * TLS that trusts the certificate the integration-test server generated, and only that: the
   * server's keystore, which the failsafe configuration names as the trust store.
   */
  static SSLContext trust() {
    Path keys = Path.of(System.getProperty("javax.net.ssl.trustStore"));
    if (!Files.isRegularFile(keys)) {
      throw new IllegalStateException(
          "the integration-test server has no certificate yet: " + keys);
    }
    try (InputStream in = Files.newInputStream(keys)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, System.getProperty("javax.net.ssl.trustStorePassword").toCharArray());
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The server's messages log, as it is now. */
  static String messages() {
    try {
      return Files.readString(directory().resolve("logs/messages.log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts of the FFDC incidents the server has written so far. */
  static List<String> incidents() {
    Path ffdc = directory().resolve("logs/ffdc");
    if (!Files.isDirectory(ffdc)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(ffdc)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("ffdc_"))
          .map(ItServer::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
