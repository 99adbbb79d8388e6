package org.cadre.web.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's login form as a page gave it, and what a browser posts back: the session cookie, the
 * view state, and the nonce PrimeFaces checks on a post ({@code primefaces.CSP}), which a browser
 * takes from the page's Content Security Policy.
 */
record LoginForm(String cookie, String viewState, String nonce) {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  /**
   * @param policy the page's Content-Security-Policy header
   */
  static LoginForm of(String cookie, String page, String policy) {
    return new LoginForm(cookie, find(VIEW_STATE, page), find(NONCE, policy));
  }

  /** The same form posted in another session, as after the page's own session ended. */
  LoginForm inSession(String otherCookie) {
    return new LoginForm(otherCookie, viewState, nonce);
  }

  /** The same form with another view state, as a garbled post would carry. */
  LoginForm withViewState(String state) {
    return new LoginForm(cookie, state, nonce);
  }

  /**
   * @param next the page to return to, as the form carries it
   */
  String body(String user, String password, String next) {
    return "login_SUBMIT=1&next="
        + encode(next)
        + "&login%3Ausername="
        + encode(user)
        + "&login%3Apassword="
        + encode(password)
        + "&login%3Asubmit=&primefaces.nonce="
        + encode(nonce)
        + "&jakarta.faces.ViewState="
        + encode(viewState);
  }

  private static String find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("the login page has no " + pattern + ": " + text);
    }
    return matcher.group(1);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
