package org.cadre.web.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test from outside the server: the suite's WAR deployed to the integration-test Liberty as the
 * build made it, and its address. {@link ApiTest} and {@link BrowserTest} add their clients.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedTest {

  @ArquillianResource protected URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.cadre();
  }
}
