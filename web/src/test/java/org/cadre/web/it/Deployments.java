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
}
