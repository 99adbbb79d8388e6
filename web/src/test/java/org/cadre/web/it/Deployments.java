package org.cadre.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR as the build produced it: integration tests run the real thing. */
final class Deployments {

  private Deployments() {}

  static WebArchive cadre() {
    File war = new File(System.getProperty("cadre.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /**
   * The WAR with a test class and the libraries it asserts with, for tests that run inside the
   * server: the jars are taken from this build's own test classpath.
   */
  static WebArchive withTest(Class<?> test, Class<?>... fromLibraries) {
    WebArchive archive = cadre().addClass(test);
    for (Class<?> library : fromLibraries) {
      try {
        archive.addAsLibrary(
            new File(library.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return archive;
  }
}
