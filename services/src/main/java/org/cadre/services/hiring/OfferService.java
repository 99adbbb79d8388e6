package org.cadre.services.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.hiring.Application;
import org.cadre.domain.hiring.ApplicationAction;
import org.cadre.domain.hiring.Offer;
import org.cadre.domain.hiring.OfferAction;
import org.cadre.domain.hiring.OfferRepository;
import org.cadre.domain.hiring.OfferRule;
import org.cadre.domain.hiring.OfferTerms;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.RequisitionAction;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.UseCase;
import org.cadre.services.planning.PlanningData;

/**
 * Offers: HR makes one to an application at an offer stage; HR approves it, and leadership too when
 * its salary is more than 10% above the cost table's rate for the blueprint and level; the
 * candidate's answer is recorded. An accepted offer ends the requisition's time to fill.
 */
@ApplicationScoped
@UseCase
public class OfferService {

  static final String SUBJECT = "offer";

  private OfferRepository offers;
  private PipelineService pipeline;
  private PlanningData data;
  private HiringAccess access;
  private ApplicationViews views;
  private AuditTrail audit;

  protected OfferService() {
    // for CDI
  }

  @Inject
  public OfferService(
      OfferRepository offers,
      PipelineService pipeline,
      PlanningData data,
      HiringAccess access,
      ApplicationViews views,
      AuditTrail audit) {
    this.offers = offers;
    this.pipeline = pipeline;
    this.data = data;
    this.access = access;
    this.views = views;
    this.audit = audit;
  }

  /** HR makes an offer to the application's candidate; it awaits approval. */
  public OfferView propose(Caller caller, long applicationId, OfferCommand command) {
    HiringAccess.Rights rights = access.of(caller);
    rights.requireHr("make offers");
    Application application = pipeline.application(applicationId);
    Requisition requisition = pipeline.requisition(application.requisitionId());
    OfferCommand c = command == null ? new OfferCommand(null, null, null, null) : command;
    HiringTerms terms = new HiringTerms();
    Level level =
        c.level() == null ? requisition.level().orElse(null) : terms.level("level", c.level());
    BigDecimal fte = terms.fte("fte", c.fte(), requisition.fte());
    LocalDate start = terms.date("startDate", c.startDate(), true);
    terms.check();
    OfferTerms offerTerms = new OfferTerms(level, fte, start, c.annualSalary());
    terms.addAll(offerTerms.problems());
    terms.check();
    RequisitionService.refuseIf(requisition.whyNot(RequisitionAction.RECRUIT));
    RequisitionService.refuseIf(application.whyNot(ApplicationAction.OFFER));
    if (offers.ofApplication(applicationId).stream().anyMatch(o -> o.status().live())) {
      throw new ConflictException(
          "Application "
              + applicationId
              + " has an offer awaiting approval, approved or accepted already; withdraw it first.");
    }
    BigDecimal rate = data.costs().rate(requisition.blueprintId(), level).orElse(null);
    Offer offer = Offer.propose(application, offerTerms, rate, caller.username(), Instant.now());
    offers.add(offer);
    offers.flush();
    record(
        caller,
        offer,
        "proposed",
        "Offered "
            + (level == null ? "" : level.label() + ", ")
            + fte.stripTrailingZeros().toPlainString()
            + " FTE from "
            + start
            + " at "
            + offerTerms.annualSalary().toPlainString()
            + " a year"
            + (offer.needsLeadership()
                ? rate == null
                    ? "; the cost table has no rate to compare with, so leadership approves too."
                    : "; more than "
                        + OfferRule.TOLERANCE_PERCENT
                        + "% above the rate ("
                        + OfferRule.ceiling(fte, rate).setScale(2, java.math.RoundingMode.HALF_UP)
                        + "), so leadership approves too."
                : "."));
    return views.offer(rights, offer);
  }

  /** Gives the caller's approval: HR's, and leadership's where the offer needs it. */
  public OfferView approve(Caller caller, long id) {
    HiringAccess.Rights rights = access.of(caller);
    Offer offer = find(id);
    boolean asLeadership = caller.has(Role.LEADERSHIP);
    if (!rights.isHr() && !asLeadership) {
      throw new AccessDeniedException(
          "Offers are approved by HR, and by leadership above the rate.");
    }
    RequisitionService.refuseIf(offer.whyNotApprove(rights.isHr(), asLeadership));
    offer.approve(rights.isHr(), asLeadership, caller.username(), Instant.now());
    save(
        caller,
        offer,
        "approved",
        "Approved"
            + (rights.isHr() && asLeadership
                ? " by HR and leadership"
                : asLeadership ? " by leadership" : " by HR")
            + (offer.status() == org.cadre.domain.hiring.OfferStatus.APPROVED
                ? "; it can be made to the candidate."
                : "; leadership's approval is awaited."));
    return views.offer(rights, offer);
  }

  /** Records that the candidate accepted: the requisition's time to fill ends here. */
  public OfferView accept(Caller caller, long id) {
    HiringAccess.Rights rights = access.of(caller);
    rights.requireHr("record candidates' answers");
    Offer offer = find(id);
    Requisition requisition = pipeline.requisition(offer.requisitionId());
    RequisitionService.refuseIf(offer.whyNot(OfferAction.ACCEPT));
    RequisitionService.refuseIf(requisition.whyNot(RequisitionAction.RECRUIT));
    Instant now = Instant.now();
    offer.accept(now);
    requisition.offerAccepted(now);
    save(caller, offer, "accepted", "The candidate accepted.");
    audit.record(
        caller,
        RequisitionService.SUBJECT + ".offer-accepted",
        RequisitionService.SUBJECT,
        requisition.id().toString(),
        "Offer " + offer.id() + " accepted.");
    return views.offer(rights, offer);
  }

  public OfferView decline(Caller caller, long id, String reason) {
    HiringAccess.Rights rights = access.of(caller);
    rights.requireHr("record candidates' answers");
    Offer offer = find(id);
    RequisitionService.refuseIf(offer.whyNot(OfferAction.DECLINE));
    offer.decline(reason, Instant.now());
    save(
        caller,
        offer,
        "declined",
        "The candidate declined"
            + (reason == null || reason.isBlank() ? "." : ": " + reason.strip()));
    return views.offer(rights, offer);
  }

  private Offer find(long id) {
    return offers
        .find(id)
        .orElseThrow(() -> new NotFoundException("There is no offer " + id + "."));
  }

  private void save(Caller caller, Offer offer, String action, String details) {
    try {
      offers.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(
          "Someone changed offer " + offer.id() + " at the same moment; reload it.");
    }
    record(caller, offer, action, details);
  }

  private void record(Caller caller, Offer offer, String action, String details) {
    audit.record(caller, SUBJECT + "." + action, SUBJECT, offer.id().toString(), details);
  }
}
