package org.cadre.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.cadre.services.access.ApiTokenView;
import org.cadre.services.access.ApiTokens;
import org.cadre.services.common.PlainText;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * API tokens for integrations (ADMIN only): a token acts as one account with one of its roles, is
 * sent as {@code Authorization: Bearer <token>}, and is shown once, when issued.
 */
@Path("tokens")
@RequestScoped
@Tag(name = "Users")
public class TokenResource {

  /** What {@code POST /api/tokens} takes. */
  public record NewToken(
      @NotNull(message = "name the token after what uses it") @PlainText String name,
      @NotNull(message = "say which account the token acts as") String username,
      @NotNull(message = "say which of the account's roles the token has") String role) {}

  /** A token just issued: its secret is in {@code token}, and will not be shown again. */
  public record IssuedToken(
      long id, String name, String username, String role, Instant createdAt, String token) {}

  @Inject private ApiTokens tokens;
  @Inject private CallerContext callers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every token, revoked ones included, without their secrets")
  public List<ApiTokenView> list() {
    return tokens.list(callers.caller());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Issue a token for an account, scoped to one of its roles")
  public Response issue(@Valid @NotNull(message = "send the token as JSON") NewToken token) {
    ApiTokens.IssuedToken issued =
        tokens.issue(callers.caller(), token.name(), token.username(), token.role());
    ApiTokenView view = issued.token();
    return Response.status(Response.Status.CREATED)
        .entity(
            new IssuedToken(
                view.id(),
                view.name(),
                view.username(),
                view.role().name(),
                view.createdAt(),
                issued.secret()))
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Revoke a token: it stops working at once")
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(callers.caller(), id);
    return Response.noContent().build();
  }
}
