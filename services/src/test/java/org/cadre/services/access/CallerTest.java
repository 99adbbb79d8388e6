package org.cadre.services.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.cadre.domain.access.Role;
import org.cadre.services.common.AccessDeniedException;
import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void refusesAnActionNeedingAnotherRoleWithAMessageNamingTheRoles() {
    Caller manager = new Caller("manager", Set.of(Role.MANAGER));

    assertThatThrownBy(() -> manager.require("publish blueprints", Role.HR, Role.ADMIN))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Your roles do not allow you to publish blueprints; it needs HR or ADMIN.");
    assertThatCode(() -> manager.require("read plans", Role.MANAGER, Role.HR))
        .doesNotThrowAnyException();
  }
}
