package org.cadre.web.it;

import org.junit.jupiter.api.BeforeEach;

/** A hiring IT: the REST client, and a fresh team of its own to hire into ({@link HiringSetup}). */
abstract class HiringApiTest extends ApiTest {

  protected HiringSetup hiring;

  @BeforeEach
  void newTeam() {
    hiring = new HiringSetup(http);
  }
}
