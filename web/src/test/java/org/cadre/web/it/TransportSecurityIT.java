package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HTTPS on ({@code cadre.https}, as the integration-test server runs): plain HTTP only redirects,
 * browsers are told to stay on HTTPS, and the session cookie never travels in clear.
 */
@ExtendWith(ArquillianExtension.class)
class TransportSecurityIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.cadre();
  }

  @ArquillianResource private URL base;
  private Http https;
  private Http plain;

  @BeforeEach
  void clients() {
    https = new Http(base);
    plain = new Http(ItServer.insecure());
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
    assertThat(https.get("login.xhtml").headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("max-age=31536000"));
    assertThat(
            https
                .get("api/blueprints", "hr", "demo")
                .headers()
                .firstValue("Strict-Transport-Security"))
        .isPresent();
  }

  @Test
  void theSessionCookieIsSecureAndASessionMadeOverHttpsIsNotHonouredOverHttp() {
    HttpResponse<byte[]> login = https.get("login.xhtml");
    String setCookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    String session = https.portalSession("hr", "demo");

    HttpResponse<byte[]> overHttp = plain.getWithCookie("api/blueprints", session);

    assertThat(setCookie).containsIgnoringCase("; Secure");
    assertThat(https.getWithCookie("api/blueprints", session).statusCode()).isEqualTo(200);
    assertThat(overHttp.statusCode()).isEqualTo(308);
    assertThat(Http.text(overHttp)).doesNotContain("\"items\"");
  }
}
