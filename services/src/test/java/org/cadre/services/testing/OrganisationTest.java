package org.cadre.services.testing;

import org.cadre.persistence.testing.DatabaseKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A test of services on {@link TestOrganisation}, run once on H2 and once on PostgreSQL, each test
 * on a fresh database.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
public abstract class OrganisationTest {

  @Parameter protected DatabaseKind database;

  protected TestOrganisation organisation;

  @BeforeEach
  protected void openOrganisation() {
    organisation = new TestOrganisation(database);
  }

  @AfterEach
  protected void closeOrganisation() {
    organisation.close();
  }
}
