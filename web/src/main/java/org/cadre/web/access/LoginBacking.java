package org.cadre.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cadre.web.portal.Messages;
import org.cadre.web.security.CadreAuthenticationMechanism;
import org.cadre.web.security.LoginThrottle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The login page. */
@Named
@RequestScoped
public class LoginBacking {

  private static final String HOME = "/blueprints.xhtml";

  @Inject private SecurityContext security;

  @Inject
  @ConfigProperty(name = "cadre.demo", defaultValue = "false")
  private boolean demo;

  private String username;
  private String password;
  private String next;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext(next));
      case SEND_CONTINUE -> faces.responseComplete();
      default -> failed(external);
    }
  }

  private static void failed(ExternalContext external) {
    if (external.getRequestMap().get(CadreAuthenticationMechanism.LOCK)
        instanceof LoginThrottle.Lock lock) {
      Messages.error(
          lock.scope() == LoginThrottle.Scope.ACCOUNT ? "login.locked" : "login.lockedAddress",
          lock.seconds());
    } else {
      Messages.error("login.failed");
    }
  }

  /**
   * Only a path inside Cadre: never another site (no open redirect), and nothing that could break
   * out of the Location header (no control characters).
   */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.chars().anyMatch(c -> c < 0x20 || c == 0x7F)
        || next.startsWith("/login.xhtml")) {
      return HOME;
    }
    return next.equals("/") ? HOME : next;
  }

  public boolean isDemo() {
    return demo;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
