package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the server tells browsers: the headers that keep a browser from being turned against Cadre,
 * on every kind of answer; HTTPS only ({@code cadre.https}, on in the integration-test server:
 * plain HTTP only redirects, browsers are told to stay on HTTPS, the session cookie never travels
 * in clear); and error pages that show nothing of the server's insides.
 */
class SecurityHeadersIT extends ApiTest {

  private Http plain;

  @BeforeEach
  void plainClient() {
    plain = new Http(ItServer.insecure());
  }

  @Test
  void everyAnswerCarriesTheBrowserProtections() {
    String session = http.portalSession("hr", "demo");
    Map<String, HttpResponse<byte[]>> answers = new LinkedHashMap<>();
    answers.put("login page", http.get("login.xhtml"));
    answers.put("portal page", http.getWithCookie("blueprints.xhtml", session));
    answers.put("missing page", http.getWithCookie("nothing-here.xhtml", session));
    answers.put("style sheet", http.get("resources/css/cadre.css"));
    answers.put("API data", http.get("api/blueprints", "hr", "demo"));
    answers.put("API refusal", http.get("api/users", "manager", "demo"));
    answers.put("API without credentials", http.get("api/blueprints"));
    answers.put("API download", http.get("api/blueprints.xlsx", "hr", "demo"));

    answers.forEach(
        (what, response) -> {
          assertThat(response.headers().allValues("Content-Security-Policy"))
              .as(what + ": one policy, which browsers would otherwise all enforce")
              .hasSize(1);
          assertThat(header(response, "Content-Security-Policy"))
              .as(what)
              .contains("default-src 'self'")
              .contains("frame-ancestors 'none'")
              .contains("object-src 'none'");
          assertThat(header(response, "X-Frame-Options")).as(what).isEqualTo("DENY");
          assertThat(header(response, "X-Content-Type-Options")).as(what).isEqualTo("nosniff");
          assertThat(header(response, "Referrer-Policy")).as(what).isEqualTo("same-origin");
        });
  }

  @Test
  void portalPagesAllowOnlyTheirOwnScripts() {
    String session = http.portalSession("hr", "demo");
    for (HttpResponse<byte[]> page :
        List.of(http.get("login.xhtml"), http.getWithCookie("planning.xhtml", session))) {
      String policy = header(page, "Content-Security-Policy");
      String scripts = policy.substring(policy.indexOf("script-src"));
      String nonce = scripts.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");

      assertThat(scripts).matches("script-src 'self' 'nonce-[^' ]+';?").doesNotContain("unsafe-");
      assertThat(Http.text(page))
          .as("the page's scripts carry the policy's nonce")
          .contains("nonce=\"" + nonce + "\"")
          .doesNotContainPattern("<script(?![^>]*nonce=)")
          .doesNotContainPattern(" on(click|change|complete|load)=\"");
    }
  }

  @Test
  void noApiAnswerIsKeptByCaches() {
    for (HttpResponse<byte[]> response :
        new HttpResponse[] {
          http.get("api/org-units/ENG/headcount", "leader", "demo"),
          http.get("api/cost-rates", "hr", "demo"),
          http.get("api/employees.xlsx", "hr", "demo"),
          http.get("api/users", "manager", "demo")
        }) {
      assertThat(header(response, "Cache-Control")).contains("no-store");
    }
  }

  @Test
  void aMalformedAddressGetsAPlainPageThatShowsNothingOfTheServer() {
    for (String path : new String[] {"api/blueprints/a%2Fb", "people%2Fx.xhtml"}) {
      HttpResponse<byte[]> response = http.get(path, "hr", "demo");

      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertThat(Http.text(response))
          .as(path)
          .contains("Cadre")
          .doesNotContain("com.ibm")
          .doesNotContain("Exception")
          .doesNotContain("java.");
      assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
    }
  }

  @Test
  void plainHttpIsRedirectedToTheSameAddressOverHttps() {
    HttpResponse<byte[]> page = plain.get("people.xhtml?unit=ENG");
    HttpResponse<byte[]> api = plain.get("api/blueprints?q=data", "hr", "demo");

    assertThat(page.statusCode()).isEqualTo(308);
    assertThat(page.headers().firstValue("Location"))
        .hasValue("https://localhost:" + ItServer.httpsPort() + "/people.xhtml?unit=ENG");
    assertThat(api.statusCode()).isEqualTo(308);
    assertThat(api.headers().firstValue("Location"))
        .hasValue("https://localhost:" + ItServer.httpsPort() + "/api/blueprints?q=data");
    assertThat(Http.text(api)).doesNotContain("\"items\"");
  }

  @Test
  void browsersAreToldToKeepToHttps() {
    assertThat(http.get("login.xhtml").headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("max-age=31536000"));
    assertThat(
            http.get("api/blueprints", "hr", "demo")
                .headers()
                .firstValue("Strict-Transport-Security"))
        .isPresent();
  }

  @Test
  void theSessionCookieIsSecureAndASessionMadeOverHttpsIsNotHonouredOverHttp() {
    HttpResponse<byte[]> login = http.get("login.xhtml");
    String setCookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    String session = http.portalSession("hr", "demo");

    HttpResponse<byte[]> overHttp = plain.getWithCookie("api/blueprints", session);

    assertThat(setCookie).containsIgnoringCase("; Secure");
    assertThat(http.getWithCookie("api/blueprints", session).statusCode()).isEqualTo(200);
    assertThat(overHttp.statusCode()).isEqualTo(308);
    assertThat(Http.text(overHttp)).doesNotContain("\"items\"");
  }

  private static String header(HttpResponse<byte[]> response, String name) {
    return String.join(", ", response.headers().allValues(name));
  }
}
