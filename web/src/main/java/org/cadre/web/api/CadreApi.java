package org.cadre.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, under {@code /api}. Every call needs HTTP Basic credentials or a portal login. */
@ApplicationPath("api")
@DeclareRoles({"ADMIN", "HR", "MANAGER", "LEADERSHIP"})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Cadre API",
            version = "1",
            description =
                "Role blueprints, organisation, headcount plans, competencies and hiring."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class CadreApi extends Application {}
