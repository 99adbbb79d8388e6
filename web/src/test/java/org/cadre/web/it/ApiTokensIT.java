package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API tokens for integrations: ADMIN issues one for an account, scoped to one of its roles; the
 * token is shown once, acts with that role only, and stops working when revoked.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.cadre();
  }

  @ArquillianResource private URL base;
  private Http http;

  @BeforeEach
  void client() {
    http = new Http(base);
  }

  @Test
  void aTokenActsWithItsRoleOnlyUntilRevoked() {
    JsonObject issued = issue("admin", "HR");
    String token = issued.getString("token");

    assertThat(token).startsWith("cadre_").hasSizeGreaterThan(40);
    assertThat(bearer("api/blueprints", token).statusCode()).isEqualTo(200);
    assertThat(bearer("api/users", token).statusCode())
        .as("admin's token scoped to HR cannot do what only ADMIN may")
        .isEqualTo(403);

    HttpResponse<byte[]> listed = http.get("api/tokens", "admin", "demo");
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(Http.text(listed))
        .contains(issued.getString("name"))
        .doesNotContain(token)
        .doesNotContain(token.substring(6, 20));

    HttpResponse<byte[]> revoked =
        http.json(
            "DELETE",
            "api/tokens/" + issued.getJsonNumber("id").longValue(),
            "admin",
            "demo",
            null,
            null);
    assertThat(revoked.statusCode()).isEqualTo(204);
    HttpResponse<byte[]> afterwards = bearer("api/blueprints", token);
    assertThat(afterwards.statusCode()).isEqualTo(401);
  }

  @Test
  void onlyAdminIssuesTokensAndOnlyForARoleTheAccountHolds() {
    HttpResponse<byte[]> byHr =
        http.json(
            "POST",
            "api/tokens",
            "hr",
            "demo",
            "{\"name\":\"payroll\",\"username\":\"hr\",\"role\":\"HR\"}",
            null);
    HttpResponse<byte[]> roleNotHeld =
        http.json(
            "POST",
            "api/tokens",
            "admin",
            "demo",
            "{\"name\":\"payroll\",\"username\":\"manager\",\"role\":\"HR\"}",
            null);

    assertThat(byHr.statusCode()).isEqualTo(403);
    assertThat(roleNotHeld.statusCode()).isEqualTo(400);
    assertThat(Http.json(roleNotHeld).asJsonObject().getJsonArray("errors").toString())
        .contains("\"field\":\"role\"");
  }

  @Test
  void anUnknownTokenIsRefused() {
    HttpResponse<byte[]> response = bearer("api/blueprints", "cadre_" + "A".repeat(43));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
  }

  private JsonObject issue(String username, String role) {
    String name = "integration-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<byte[]> response =
        http.json(
            "POST",
            "api/tokens",
            "admin",
            "demo",
            "{\"name\":\""
                + name
                + "\",\"username\":\""
                + username
                + "\",\"role\":\""
                + role
                + "\"}",
            null);
    assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(201);
    return Http.json(response).asJsonObject();
  }

  private HttpResponse<byte[]> bearer(String path, String token) {
    return http.send(http.request(path).GET().header("Authorization", "Bearer " + token));
  }
}
