package org.cadre.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Puts {@link ResponsePolicy}'s headers on everything the application serves, error pages included.
 * A Content Security Policy set later (PrimeFaces' own, with its nonce, on portal pages) replaces
 * the default one rather than adding a second policy, which browsers would enforce as well. Answers
 * that authentication sends itself (401, redirects to the login page) get the headers from {@link
 * CadreAuthenticationMechanism}. It supports asynchronous requests (the import API suspends its
 * answer until the job ends): without that, the container refuses them with a bare 400.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private ResponsePolicy policy;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    policy.headers(request, response);
    chain.doFilter(request, new OnePolicy(response));
  }

  /** Turns an added Content Security Policy into the only one. */
  private static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (ResponsePolicy.CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
