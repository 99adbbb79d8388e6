package org.cadre.services.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadre.services.testing.TestOrganisation.DATA;
import static org.cadre.services.testing.TestOrganisation.HR;
import static org.cadre.services.testing.TestOrganisation.LEADER;
import static org.cadre.services.testing.TestOrganisation.PLAT;
import static org.cadre.services.testing.TestOrganisation.SEC;
import static org.cadre.services.testing.TestOrganisation.SRE;

import java.util.Set;
import org.cadre.domain.access.Role;
import org.cadre.services.access.Caller;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.testing.OrganisationTest;
import org.junit.jupiter.api.Test;

/**
 * The manager-subtree rule: HR, leadership and administrators see every unit; a manager sees the
 * units they manage and every unit below them, and manages above the units below theirs only.
 */
class OrgScopesTest extends OrganisationTest {

  private OrgScope scope(Caller caller) {
    return organisation.call(s -> s.scopes().of(caller));
  }

  @Test
  void hrAndLeadershipSeeEveryUnitFromTheTop() {
    for (Caller caller : new Caller[] {HR, LEADER}) {
      OrgScope scope = scope(caller);

      assertThat(scope.visibleTree())
          .containsExactly(
              entry("ENG", 0),
              entry("ENG-DATA", 1),
              entry("ENG-PLAT", 1),
              entry(SEC, 2),
              entry(SRE, 2));
      assertThat(scope.filter()).isNull();
      assertThat(scope.managesAbove(SRE)).isFalse();
    }
  }

  @Test
  void aManagerSeesTheirUnitAndEverythingBelowItAndManagesAboveTheUnitsBelow() {
    OrgScope scope = scope(PLAT);

    assertThat(scope.visibleRoots()).containsExactly("ENG-PLAT");
    assertThat(scope.visibleTree())
        .containsExactly(entry("ENG-PLAT", 0), entry(SEC, 1), entry(SRE, 1));
    assertThat(scope.filter()).containsExactlyInAnyOrder("ENG-PLAT", SEC, SRE);
    assertThat(scope.depth(SRE)).as("depth in the whole tree").isEqualTo(2);
    assertThat(scope.managesAbove(SRE)).isTrue();
    assertThat(scope.managesAbove("ENG-PLAT")).as("their own unit").isFalse();
    assertThat(scope.require(SRE).name()).isEqualTo("Site Reliability");
    assertThat(scope(DATA).visibleTree()).containsOnlyKeys("ENG-DATA");
  }

  @Test
  void aUnitOutsideTheScopeIsRefusedAndAnUnknownOneIsNotFoundOrBadInput() {
    OrgScope scope = scope(PLAT);

    assertThatThrownBy(() -> scope.require("ENG-DATA"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("ENG-DATA is not one of them");
    assertThatThrownBy(() -> scope.require("ENG"))
        .as("the unit above theirs")
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> scope.require("NOPE")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scope.requireParameter("orgUnit", "NOPE"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("orgUnit");
  }

  @Test
  void aManagerOfNoUnitSeesNoneAndACallerWithoutARoleIsRefused() {
    assertThat(scope(new Caller("nobody-managed", Set.of(Role.MANAGER))).visibleTree()).isEmpty();
    assertThatThrownBy(() -> scope(new Caller("nobody", Set.of())))
        .isInstanceOf(AccessDeniedException.class);
  }

  private static java.util.Map.Entry<String, Integer> entry(String code, int depth) {
    return java.util.Map.entry(code, depth);
  }
}
