package org.cadre.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Signing in: repeated failures slow the guesser down (per account and per client address, for HTTP
 * Basic and the login form) and are logged; the login form survives an expired page and a forged
 * return address; an account disabled or given a new password loses its sessions and cached
 * credentials at once. Each test works on accounts of its own, made here by ADMIN, and sends its
 * failures from a loopback address of its own.
 */
class LoginSecurityIT extends ApiTest {

  /** The password of the accounts the tests make. */
  private static final String OWN_PASSWORD = "correct-horse-7";

  @Test
  void repeatedWrongPasswordsLockTheAccountForAWhileOverBasic() {
    String user = newUser("HR");
    FromAddress client = new FromAddress("127.0.0.3");
    for (int i = 0; i < 5; i++) {
      assertThat(client.get("api/blueprints", basic(user, "wrong-" + i)).status()).isEqualTo(401);
    }

    FromAddress.Answer locked = client.get("api/blueprints", basic(user, OWN_PASSWORD));

    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
    assertThat(locked.text()).contains("Too many failed sign-ins for this account");
    // the integration-test server locks for 30 seconds first (cadre.login.first-lock-seconds)
    assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 30);
    assertThat(ItServer.messages())
        .containsPattern("CADRE0030W: .*'" + user + "'.*127\\.0\\.0\\.3");
    assertThat(http.get("api/blueprints", "hr", "demo").statusCode())
        .as("another account, from another address")
        .isEqualTo(200);
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountOnTheLoginFormWithAMessage() {
    String user = newUser("MANAGER");
    FromAddress client = new FromAddress("127.0.0.4");
    for (int i = 0; i < 5; i++) {
      assertThat(formLogin(client, user, "wrong-" + i).text())
          .contains("That username and password do not match an account");
    }

    FromAddress.Answer locked = formLogin(client, user, OWN_PASSWORD);

    assertThat(locked.status()).isEqualTo(200);
    assertThat(locked.text()).contains("Too many failed sign-ins for this account");
  }

  @Test
  void manyFailuresFromOneAddressLockThatAddressOnly() {
    FromAddress sprayer = new FromAddress("127.0.0.2");
    for (int i = 0; i < 20; i++) {
      sprayer.get("api/blueprints", basic("nobody-" + i, "guess"));
    }

    FromAddress.Answer fromSprayer = sprayer.get("api/blueprints", basic("hr", "demo"));

    assertThat(fromSprayer.status()).isEqualTo(429);
    assertThat(fromSprayer.text()).contains("Too many failed sign-ins from your address");
    assertThat(http.get("api/blueprints", "hr", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  void anExpiredLoginPageIsReloadedWithAMessage() {
    LoginForm form = http.loginForm("?next=%2Fpeople.xhtml");
    // the page stood open past the session's end: its view is gone with its session
    LoginForm expired = form.inSession(http.loginForm("").cookie());
    LoginForm garbled = form.withViewState("not-a-view-state");

    for (LoginForm stale : List.of(expired, garbled)) {
      HttpResponse<byte[]> posted = http.submitLogin(stale, "hr", "demo", "/people.xhtml");

      assertThat(posted.statusCode()).isEqualTo(302);
      String location = posted.headers().firstValue("Location").orElseThrow();
      assertThat(location)
          .contains("login.xhtml")
          .contains("expired=true")
          .contains("next=%2Fpeople.xhtml");
      HttpResponse<byte[]> reloaded =
          http.getWithCookie(location.substring(location.indexOf("login.xhtml")), stale.cookie());
      assertThat(reloaded.statusCode()).isEqualTo(200);
      assertThat(Http.text(reloaded)).contains("The sign-in page had expired");
    }
  }

  @Test
  void aReturnAddressWithLineBreaksIsRefusedAfterLogin() {
    HttpResponse<byte[]> loggedIn =
        http.submitLogin(http.loginForm(""), "hr", "demo", "/people.xhtml\r\nX-Forged: 1");

    assertThat(loggedIn.statusCode()).isEqualTo(302);
    assertThat(loggedIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/blueprints.xhtml"));
    assertThat(loggedIn.headers().firstValue("X-Forged")).isEmpty();
  }

  @Test
  void aDisabledAccountLosesItsSessionsAndItsCredentialsAtOnce() {
    String user = newUser("HR");
    String session = http.portalSession(user, OWN_PASSWORD);
    assertThat(http.getWithCookie("api/blueprints", session).statusCode()).isEqualTo(200);
    assertThat(http.get("api/blueprints", user, OWN_PASSWORD).statusCode()).isEqualTo(200);

    HttpResponse<byte[]> disabled =
        http.json(
            "PUT", "api/users/" + user + "/enabled", "admin", "demo", "{\"enabled\":false}", null);

    assertThat(disabled.statusCode()).as(Http.text(disabled)).isEqualTo(200);
    assertThat(http.getWithCookie("api/blueprints", session).statusCode()).isEqualTo(401);
    assertThat(http.getWithCookie("blueprints.xhtml", session).statusCode()).isEqualTo(302);
    assertThat(http.get("api/blueprints", user, OWN_PASSWORD).statusCode()).isEqualTo(401);
  }

  @Test
  void aNewPasswordEndsTheOldOneAtOnce() {
    String user = newUser("LEADERSHIP");
    assertThat(http.get("api/blueprints", user, OWN_PASSWORD).statusCode()).isEqualTo(200);
    String session = http.portalSession(user, OWN_PASSWORD);

    HttpResponse<byte[]> changed =
        http.json(
            "PUT",
            "api/users/" + user + "/password",
            "admin",
            "demo",
            "{\"password\":\"battery-staple-9\"}",
            null);

    assertThat(changed.statusCode()).as(Http.text(changed)).isEqualTo(204);
    assertThat(http.get("api/blueprints", user, OWN_PASSWORD).statusCode()).isEqualTo(401);
    assertThat(http.get("api/blueprints", user, "battery-staple-9").statusCode()).isEqualTo(200);
    assertThat(http.getWithCookie("api/blueprints", session).statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenActsWithItsRoleOnlyUntilRevoked() {
    String user = newUser("HR", "ADMIN");
    JsonObject issued = issue(user, "HR");
    String token = issued.getString("token");

    assertThat(token).startsWith("cadre_").hasSizeGreaterThan(40);
    assertThat(bearer("api/blueprints", token).statusCode()).isEqualTo(200);
    assertThat(bearer("api/users", token).statusCode())
        .as("the token of an HR and ADMIN account, scoped to HR, cannot do what only ADMIN may")
        .isEqualTo(403);
    assertThat(http.get("api/users", user, OWN_PASSWORD).statusCode())
        .as("the account itself can")
        .isEqualTo(200);

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

  /** A new account with the roles, made by ADMIN; named uniquely so runs never meet. */
  private String newUser(String... roles) {
    String user = "u-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<byte[]> created =
        http.json(
            "POST",
            "api/users",
            "admin",
            "demo",
            "{\"username\":\""
                + user
                + "\",\"password\":\""
                + OWN_PASSWORD
                + "\",\"roles\":[\""
                + String.join("\",\"", roles)
                + "\"]}",
            null);
    assertThat(created.statusCode()).as(Http.text(created)).isEqualTo(201);
    return user;
  }

  private static FromAddress.Answer formLogin(FromAddress client, String user, String password) {
    FromAddress.Answer page = client.get("login.xhtml", Map.of());
    String cookie =
        page.headers("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    LoginForm form = LoginForm.of(cookie, page.text(), page.header("Content-Security-Policy"));
    return client.post(
        "login.xhtml",
        Map.of("Cookie", cookie),
        "application/x-www-form-urlencoded",
        form.body(user, password, ""));
  }

  private static Map<String, String> basic(String user, String password) {
    return Map.of("Authorization", Http.basicHeader(user, password));
  }
}
