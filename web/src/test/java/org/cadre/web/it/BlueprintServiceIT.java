package org.cadre.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.cadre.services.access.Caller;
import org.cadre.services.access.UserDirectory;
import org.cadre.services.blueprint.BlueprintQuery;
import org.cadre.services.blueprint.BlueprintService;
import org.cadre.services.blueprint.BlueprintSummaryView;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.PageView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The blueprint and user services inside the server: CDI, JTA, JPA and the demo database. */
@ExtendWith(ArquillianExtension.class)
class BlueprintServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.cadre();
  }

  @Inject private BlueprintService blueprints;
  @Inject private UserDirectory directory;

  private Caller login(String username) {
    return directory.authenticate(username, "demo".toCharArray()).orElseThrow();
  }

  @Test
  void hrFindsTheDataBlueprintsOfTheDemoLibrary() {
    PageView<BlueprintSummaryView> page =
        blueprints.list(login("hr"), new BlueprintQuery(null, "Data", "level", 0, 20));

    List<String> titles = page.items().stream().map(BlueprintSummaryView::title).toList();
    assertEquals(
        List.of("Data Analyst", "Senior Data Engineer", "Principal Data Scientist", "Head of Data"),
        titles);
  }

  @Test
  void givesTheProfilePdfOfAPublishedBlueprint() {
    long id =
        blueprints
            .list(login("leader"), new BlueprintQuery("Head of Data", null, null, 0, 1))
            .items()
            .get(0)
            .id();

    byte[] pdf = blueprints.profilePdf(login("leader"), id);

    assertEquals("%PDF-", new String(pdf, 0, 5));
  }

  @Test
  void checksPasswordsAndRoles() {
    assertTrue(directory.authenticate("hr", "wrong".toCharArray()).isEmpty());
    assertTrue(directory.authenticate("nobody", "demo".toCharArray()).isEmpty());
    assertThrows(AccessDeniedException.class, () -> directory.list(login("manager")));
    assertTrue(
        directory.list(login("admin")).stream()
            .map(u -> u.username())
            .toList()
            .containsAll(List.of("admin", "hr", "manager", "leader")));
  }
}
