package org.cadre.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cadre.services.system.DatabaseHealth;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Cadre is ready only while its database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Inject private DatabaseHealth database;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(database.answers()).build();
  }
}
