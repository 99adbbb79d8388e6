package org.cadre.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every answer of Cadre tells the browser, and HTTPS when it is on ({@code cadre.https}).
 *
 * <p>Every answer: a Content Security Policy that allows only Cadre's own scripts, styles, images
 * and forms and no framing ({@code frame-ancestors 'none'}, and {@code X-Frame-Options: DENY} for
 * older browsers), {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy:
 * same-origin}. Portal pages get the same policy from PrimeFaces ({@code primefaces.CSP}), which
 * adds a nonce for the page's own inline scripts; styles may be inline (components set widths). API
 * answers are never stored by caches ({@code Cache-Control: no-store}): they carry salaries and
 * costs.
 *
 * <p>With HTTPS on: a plain HTTP request is answered with a permanent redirect (308, which keeps
 * the method) to the same address over HTTPS on {@code default.https.port}, and HTTPS answers tell
 * browsers to keep to HTTPS for a year (HSTS). The session cookie is marked Secure ({@link
 * SessionCookies}).
 */
@ApplicationScoped
@Named
public class ResponsePolicy {

  /** The policy, whose last directive is script-src, where PrimeFaces appends its nonce. */
  static final String CONTENT_SECURITY =
      "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none';"
          + " form-action 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " script-src 'self'";

  static final String CSP = "Content-Security-Policy";

  private static final long HSTS_SECONDS = 365L * 24 * 60 * 60;

  @Inject
  @ConfigProperty(name = "cadre.https", defaultValue = "false")
  boolean https;

  @Inject
  @ConfigProperty(name = "default.https.port", defaultValue = "9443")
  int httpsPort;

  /** The page policy, for {@code primefaces.CSP_POLICY} in web.xml. */
  public String getPagePolicy() {
    return CONTENT_SECURITY;
  }

  /**
   * Sends a plain HTTP request to HTTPS when HTTPS is on.
   *
   * @return whether the request was answered with the redirect
   */
  boolean redirectToHttps(HttpServletRequest request, HttpServletResponse response) {
    if (!https || request.isSecure()) {
      return false;
    }
    StringBuilder target = new StringBuilder("https://").append(request.getServerName());
    if (httpsPort != 443) {
      target.append(':').append(httpsPort);
    }
    target.append(request.getRequestURI());
    if (request.getQueryString() != null) {
      target.append('?').append(request.getQueryString());
    }
    response.setStatus(308);
    response.setHeader("Location", target.toString());
    headers(request, response);
    return true;
  }

  /** Sets the headers every answer carries; setting them twice does no harm. */
  void headers(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader(CSP, CONTENT_SECURITY + ";");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (https && request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=" + HSTS_SECONDS);
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.setHeader("Cache-Control", "no-store");
    }
  }
}
