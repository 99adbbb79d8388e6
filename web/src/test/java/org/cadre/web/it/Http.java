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

/**
 * A black-box client of the running server, optionally with Basic credentials. The integration-test
 * server runs with HTTPS on ({@code cadre.https}): it answers HTTP with a redirect to HTTPS, so the
 * client speaks HTTPS to it, trusting the server's own certificate and nothing else.
 */
final class Http {

  private final HttpClient client;
  private final URI base;

  Http(URL base) {
    this(ItServer.secure(URI.create(base.toString())));
  }

  /** A client of the address as given: HTTP stays HTTP. */
  Http(URI base) {
    this.base = base;
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10));
    if ("https".equals(base.getScheme())) {
      builder.sslContext(ItServer.trust());
    }
    this.client = builder.build();
  }

  URI base() {
    return base;
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

  HttpResponse<byte[]> post(
      String path, String user, String password, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", contentType);
    if (user != null) {
      request.header("Authorization", basic(user, password));
    }
    return send(request);
  }

  HttpResponse<byte[]> put(String path, String user, String password, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json")
            .header("Authorization", basic(user, password)));
  }

  /**
   * A JSON request with Basic credentials and an optional {@code If-Match} header.
   *
   * @param json the body, or null for none
   * @param ifMatch the header's value, or null to send none
   */
  HttpResponse<byte[]> json(
      String method, String path, String user, String password, String json, String ifMatch) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json")
            .header("Authorization", basic(user, password));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  /**
   * A POST riding on a portal session cookie, optionally marked as sent by the portal's scripts.
   */
  HttpResponse<byte[]> postWithCookie(String path, String cookie, boolean scripted) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .POST(HttpRequest.BodyPublishers.noBody())
            .header("Cookie", cookie);
    if (scripted) {
      request.header("X-Requested-With", "XMLHttpRequest");
    }
    return send(request);
  }

  /** Logs in through the portal's login form and returns the session cookie. */
  String portalSession(String user, String password) {
    HttpResponse<byte[]> loggedIn = submitLogin(loginForm(""), user, password, "");
    if (loggedIn.statusCode() != 302) {
      throw new IllegalStateException("login failed: " + loggedIn.statusCode());
    }
    return sessionCookie(loggedIn).orElseThrow();
  }

  /**
   * The login page's form, as a browser gets it.
   *
   * @param query the page's query, e.g. {@code ?next=%2Fpeople.xhtml}, or empty
   */
  LoginForm loginForm(String query) {
    HttpResponse<byte[]> page = get("login.xhtml" + query);
    return LoginForm.of(
        cookie(page), text(page), page.headers().firstValue("Content-Security-Policy").orElse(""));
  }

  /** Posts the login form as a browser does. */
  HttpResponse<byte[]> submitLogin(LoginForm form, String user, String password, String next) {
    return send(
        HttpRequest.newBuilder(base.resolve("login.xhtml"))
            .POST(HttpRequest.BodyPublishers.ofString(form.body(user, password, next)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", form.cookie()));
  }

  static String cookie(HttpResponse<byte[]> response) {
    return sessionCookie(response).orElseThrow();
  }

  static java.util.Optional<String> sessionCookie(HttpResponse<byte[]> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(Http::cookieValue)
        .findFirst();
  }

  private static String cookieValue(String setCookie) {
    return setCookie.substring(
        0, setCookie.indexOf(';') < 0 ? setCookie.length() : setCookie.indexOf(';'));
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

  /** A request of any shape, for the tests of odd requests. */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path));
  }

  static String basicHeader(String user, String password) {
    return basic(user, password);
  }

  HttpResponse<byte[]> send(HttpRequest.Builder request) {
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
