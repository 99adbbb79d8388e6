package org.cadre.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.cadre.domain.access.Role;
import org.cadre.services.access.UserDirectory;
import org.cadre.services.access.UserView;
import org.cadre.web.api.ConstraintViolationMapper;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User accounts, for administrators. */
@Path("users")
@RequestScoped
@Tag(name = "Users", description = "Who can log in, with which roles (ADMIN only)")
public class UserResource {

  /** The shortest password an administrator may set. */
  static final int PASSWORD_MIN = 10;

  /** What {@code POST /api/users} takes. */
  public record NewUser(
      @NotNull(message = "a user needs a username") String username,
      @NotNull(message = "a user needs a password")
          @Size(
              min = PASSWORD_MIN,
              max = 200,
              message = "use {min} to {max} characters",
              payload = ConstraintViolationMapper.Secret.class)
          String password,
      @NotEmpty(message = "a user needs at least one role") Set<@NotNull Role> roles) {}

  /** What setting a password takes. */
  public record NewPassword(
      @NotNull(message = "send the new password")
          @Size(
              min = PASSWORD_MIN,
              max = 200,
              message = "use {min} to {max} characters",
              payload = ConstraintViolationMapper.Secret.class)
          String password) {}

  /** What enabling or disabling an account takes. */
  public record Enabled(@NotNull(message = "say true or false") Boolean enabled) {}

  @Inject private UserDirectory directory;
  @Inject private CallerContext callers;
  @jakarta.ws.rs.core.Context private UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every user account with its roles")
  public List<UserView> list() {
    return directory.list(callers.caller());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a user account with a password and roles")
  public Response create(@Valid @NotNull(message = "send the user as JSON") NewUser user) {
    UserView created =
        directory.createUser(
            callers.caller(), user.username(), user.password().toCharArray(), user.roles());
    return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{username}/enabled")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Let an account sign in, or stop it; a disabled account's sessions and tokens stop at"
              + " once")
  public UserView setEnabled(
      @PathParam("username") String username,
      @Valid @NotNull(message = "send {\"enabled\": true} or false") Enabled enabled) {
    return directory.setEnabled(callers.caller(), username, enabled.enabled());
  }

  @PUT
  @Path("{username}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set a new password; the old one and its sessions stop working at once")
  public Response setPassword(
      @PathParam("username") String username,
      @Valid @NotNull(message = "send {\"password\": \"...\"}") NewPassword password) {
    directory.setPassword(callers.caller(), username, password.password().toCharArray());
    return Response.noContent().build();
  }
}
