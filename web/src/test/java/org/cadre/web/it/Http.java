package org.cadre.web.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A black-box client of the running server: plain HTTP, optionally with Basic credentials. */
final class Http {

  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI base;

  Http(URL base) {
    this.base = URI.create(base.toString());
  }

  HttpResponse<byte[]> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  HttpResponse<byte[]> get(String path, String user, String password) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .GET()
            .header("Authorization", basic(user, password)));
  }

  HttpResponse<byte[]> getWithCookie(String path, String cookie) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET().header("Cookie", cookie));
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  static JsonStructure json(HttpResponse<byte[]> response) {
    return Json.createReader(new StringReader(text(response))).read();
  }

  static String contentType(HttpResponse<byte[]> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
