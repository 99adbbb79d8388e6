package org.cadre.web.hiring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cadre.services.common.PlainText;
import org.cadre.services.hiring.OfferService;
import org.cadre.services.hiring.OfferView;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Offers: approvals, and the candidate's answer. */
@Path("offers")
@RequestScoped
@Tag(name = "Hiring")
public class OfferResource {

  /** What declining takes: the candidate's reason, optional. */
  public record Answer(@PlainText String reason) {}

  @Inject private OfferService offers;
  @Inject private CallerContext callers;

  @POST
  @Path("{id: \\d+}/approve")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Give the caller's approval: HR's, and leadership's where the salary is more than 10%"
              + " above the cost table's rate")
  public OfferView approve(@PathParam("id") long id) {
    return offers.approve(callers.caller(), id);
  }

  @POST
  @Path("{id: \\d+}/accept")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record that the candidate accepted the approved offer")
  public OfferView accept(@PathParam("id") long id) {
    return offers.accept(callers.caller(), id);
  }

  @POST
  @Path("{id: \\d+}/decline")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record that the candidate declined the approved offer")
  public OfferView decline(@PathParam("id") long id, @Valid Answer answer) {
    return offers.decline(callers.caller(), id, answer == null ? null : answer.reason());
  }
}
