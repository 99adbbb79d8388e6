package org.cadre.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cadre.services.access.UserDirectory;
import org.cadre.services.access.UserView;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User accounts, for administrators. */
@Path("users")
@RequestScoped
@Tag(name = "Users", description = "Who can log in, with which roles (ADMIN only)")
public class UserResource {

  @Inject private UserDirectory directory;
  @Inject private CallerContext callers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every user account with its roles")
  public List<UserView> list() {
    return directory.list(callers.caller());
  }
}
