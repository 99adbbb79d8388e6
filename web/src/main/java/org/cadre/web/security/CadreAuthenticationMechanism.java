package org.cadre.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * How callers prove who they are. The portal logs in through its login page and is remembered in
 * the HTTP session; the API takes HTTP Basic credentials or an API token ({@code Authorization:
 * Bearer ...}) on every request, or the portal session. An unauthenticated API call gets 401 with a
 * challenge, and 429 with {@code Retry-After} while its account or address is locked after failed
 * sign-ins; an unauthenticated page request is sent to the login page, which returns to the page
 * afterwards. What is accepted is decided by {@link SignIns}; every answer gets {@link
 * ResponsePolicy}'s headers, and plain HTTP is sent to HTTPS when HTTPS is on.
 *
 * <p>An API write (POST, PUT, DELETE...) rides on the portal session only with an {@code
 * X-Requested-With} header, which another site's page cannot send without the browser asking first:
 * a forged cross-site request finds no session and gets 401.
 */
@ApplicationScoped
public class CadreAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  /** The request attribute telling the login page that sign-ins are locked, and for how long. */
  public static final String LOCK = "cadre.login.lock";

  private static final String API = "/api/";
  private static final String REALM = "realm=\"Cadre\"";

  @Inject private SignIns signIns;
  @Inject private ResponsePolicy policy;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (policy.redirectToHttps(request, response)) {
      return AuthenticationStatus.SEND_CONTINUE;
    }
    policy.headers(request, response);
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return portalLogin(request, context, credential);
    }
    Optional<SignIns.Accepted> session = session(request);
    if (session.isPresent() && (!isApi(request) || isSafe(request) || isScripted(request))) {
      return context.notifyContainerAboutLogin(session.get().username(), session.get().groups());
    }
    if (isApi(request)) {
      return apiLogin(request, response, context);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + next(request));
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SessionIdentity.ATTRIBUTE);
    }
  }

  private AuthenticationStatus portalLogin(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    SignIns.Outcome outcome =
        signIns.password(
            login.getCaller(), login.getPasswordAsString(), request.getRemoteAddr(), false);
    if (outcome instanceof SignIns.Locked locked) {
      request.setAttribute(LOCK, locked.lock());
    }
    if (!(outcome instanceof SignIns.Accepted accepted)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (request.getSession(false) != null) {
      request.changeSessionId(); // no session fixation
    }
    request
        .getSession(true)
        .setAttribute(
            SessionIdentity.ATTRIBUTE,
            new SessionIdentity(accepted.username(), accepted.passwordStamp()));
    return context.notifyContainerAboutLogin(accepted.username(), accepted.groups());
  }

  private AuthenticationStatus apiLogin(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    SignIns.Outcome outcome;
    if (hasScheme(authorization, "Bearer")) {
      outcome = signIns.token(authorization.substring(7).strip(), request.getRemoteAddr());
    } else {
      Optional<UsernamePasswordCredential> basic = basicCredential(authorization);
      if (basic.isEmpty()) {
        return challenge(response, context);
      }
      outcome =
          signIns.password(
              basic.get().getCaller(),
              basic.get().getPasswordAsString(),
              request.getRemoteAddr(),
              true);
    }
    if (outcome instanceof SignIns.Accepted accepted) {
      return context.notifyContainerAboutLogin(accepted.username(), accepted.groups());
    }
    if (outcome instanceof SignIns.Locked locked) {
      return tooManyFailures(response, locked.lock());
    }
    return challenge(response, context);
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic " + REALM + ", charset=\"UTF-8\"");
    response.addHeader("WWW-Authenticate", "Bearer " + REALM);
    return context.responseUnauthorized();
  }

  /** 429 with {@code Retry-After} and a problem saying who is locked and for how long. */
  private static AuthenticationStatus tooManyFailures(
      HttpServletResponse response, LoginThrottle.Lock lock) {
    String detail =
        "Too many failed sign-ins "
            + (lock.scope() == LoginThrottle.Scope.ACCOUNT
                ? "for this account"
                : "from your address")
            + "; try again in "
            + lock.seconds()
            + " seconds.";
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(lock.seconds()));
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("type", "about:blank")
                  .add("title", "Too Many Requests")
                  .add("status", 429)
                  .add("detail", detail)
                  .add("errors", Json.createArrayBuilder())
                  .build()
                  .toString());
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  static Optional<UsernamePasswordCredential> basicCredential(String header) {
    if (!hasScheme(header, "Basic")) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return Optional.empty();
    }
    return Optional.of(
        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }

  private static boolean hasScheme(String header, String scheme) {
    return header != null
        && header.length() > scheme.length()
        && header.regionMatches(true, 0, scheme + " ", 0, scheme.length() + 1);
  }

  /** The session's sign-in while it holds; a session whose account changed is ended. */
  private Optional<SignIns.Accepted> session(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity identity)) {
      return Optional.empty();
    }
    Optional<SignIns.Accepted> now = signIns.session(identity);
    if (now.isEmpty()) {
      session.invalidate();
    }
    return now;
  }

  private static boolean isSafe(HttpServletRequest request) {
    return switch (request.getMethod()) {
      case "GET", "HEAD", "OPTIONS" -> true;
      default -> false;
    };
  }

  private static boolean isScripted(HttpServletRequest request) {
    return request.getHeader("X-Requested-With") != null;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + API);
  }

  private static String next(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    return URLEncoder.encode(query == null ? path : path + "?" + query, StandardCharsets.UTF_8);
  }
}
