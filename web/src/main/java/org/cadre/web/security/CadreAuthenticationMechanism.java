package org.cadre.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * How callers prove who they are. The portal logs in through its login page and is remembered in
 * the HTTP session; the API takes HTTP Basic credentials on every request, or the portal session.
 * An unauthenticated API call gets 401 with a Basic challenge; an unauthenticated page request is
 * sent to the login page, which returns to the page afterwards.
 *
 * <p>An API write (POST, PUT, DELETE...) rides on the portal session only with an {@code
 * X-Requested-With} header, which another site's page cannot send without the browser asking first:
 * a forged cross-site request finds no session and gets 401.
 */
@ApplicationScoped
public class CadreAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String API = "/api/";
  private static final String REALM = "Basic realm=\"Cadre\", charset=\"UTF-8\"";

  @Inject private IdentityStoreHandler identityStore;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return portalLogin(request, context, credential);
    }
    Optional<SessionIdentity> session = sessionIdentity(request);
    if (session.isPresent() && (!isApi(request) || isSafe(request) || isScripted(request))) {
      return context.notifyContainerAboutLogin(session.get().username(), session.get().groups());
    }
    if (isApi(request)) {
      return basicLogin(request, response, context);
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
    CredentialValidationResult result = identityStore.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (request.getSession(false) != null) {
      request.changeSessionId(); // no session fixation
    }
    request
        .getSession(true)
        .setAttribute(
            SessionIdentity.ATTRIBUTE,
            new SessionIdentity(result.getCallerPrincipal().getName(), result.getCallerGroups()));
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basicLogin(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<UsernamePasswordCredential> credential =
        basicCredential(request.getHeader("Authorization"));
    if (credential.isPresent()) {
      CredentialValidationResult result = identityStore.validate(credential.get());
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
    } else if (!context.isProtected()) {
      return context.doNothing();
    }
    response.setHeader("WWW-Authenticate", REALM);
    return context.responseUnauthorized();
  }

  static Optional<UsernamePasswordCredential> basicCredential(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
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

  private static Optional<SessionIdentity> sessionIdentity(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    return Optional.ofNullable((SessionIdentity) session.getAttribute(SessionIdentity.ATTRIBUTE));
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
