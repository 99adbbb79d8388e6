package org.cadre.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * With HTTPS on ({@code cadre.https}), the session cookie is marked Secure, so a browser never
 * sends it over plain HTTP. Set when the application starts, as the Servlet API requires.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean https =
        ConfigProvider.getConfig().getOptionalValue("cadre.https", Boolean.class).orElse(false);
    if (https) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
