package org.cadre.web.hiring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cadre.domain.blueprint.Level;
import org.cadre.services.hiring.ApplicationView;
import org.cadre.services.hiring.HireService;
import org.cadre.services.hiring.HireView;
import org.cadre.services.hiring.OfferCommand;
import org.cadre.services.hiring.OfferService;
import org.cadre.services.hiring.OfferView;
import org.cadre.services.hiring.PipelineService;
import org.cadre.services.hiring.StageView;
import org.cadre.web.security.CallerContext;

/**
 * An application's page: its candidate, stage and history, moves, rejection and withdrawal, its
 * offers with their approvals and answers, and the hire. Interviews and scorecards are {@link
 * ScorecardForm}'s.
 */
@Named
@ViewScoped
public class ApplicationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PipelineService pipeline;
  @Inject private OfferService offers;
  @Inject private HireService hires;
  @Inject private CallerContext callers;

  private long id;
  private ApplicationView application;
  private String stage;
  private String reason;
  private String offerLevel;
  private BigDecimal offerFte;
  private LocalDate offerStart;
  private BigDecimal offerSalary;
  private String declineReason;
  private HireView hire;

  public void load() {
    application = HiringActions.read(() -> pipeline.get(callers.caller(), id));
  }

  void refresh() {
    application = pipeline.get(callers.caller(), id);
  }

  public void move() {
    act(
        () -> pipeline.move(callers.caller(), id, stage, application.revision()),
        "application.moved",
        application.candidateName(),
        stage);
  }

  public void reject() {
    if (act(
        () -> pipeline.reject(callers.caller(), id, reason, application.revision()),
        "application.rejected",
        application.candidateName())) {
      reason = null;
    }
  }

  public void withdraw() {
    act(
        () -> pipeline.withdraw(callers.caller(), id, application.revision()),
        "application.withdrawn",
        application.candidateName());
  }

  /** Makes the offer the dialog describes. */
  public void offer() {
    act(
        () ->
            offers.propose(
                callers.caller(),
                id,
                new OfferCommand(
                    offerLevel,
                    offerFte,
                    offerStart == null ? null : offerStart.toString(),
                    offerSalary)),
        "offer.proposed",
        application.candidateName());
  }

  public void approve(OfferView offer) {
    act(() -> offers.approve(callers.caller(), offer.id()), "offer.approved", offer.id());
  }

  public void accept(OfferView offer) {
    act(() -> offers.accept(callers.caller(), offer.id()), "offer.accepted", offer.id());
  }

  public void decline(OfferView offer) {
    act(
        () -> offers.decline(callers.caller(), offer.id(), declineReason),
        "offer.declined",
        offer.id());
  }

  public void hire() {
    act(
        () -> hire = hires.hire(callers.caller(), id),
        "application.hired",
        application.candidateName());
  }

  private boolean act(Runnable change, String key, Object... arguments) {
    boolean done = HiringActions.act(change, key, arguments);
    refresh();
    return done;
  }

  /** The stages a move may go to: all but the current one and the last (reached by hiring). */
  public List<StageView> getTargets() {
    List<StageView> stages = application.stages();
    return stages.subList(0, Math.max(0, stages.size() - 1)).stream()
        .filter(s -> !s.name().equals(application.stage()))
        .toList();
  }

  public List<Level> getLevels() {
    return Arrays.asList(Level.values());
  }

  public ApplicationView getApplication() {
    return application;
  }

  public HireView getHire() {
    return hire;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getOfferLevel() {
    return offerLevel;
  }

  public void setOfferLevel(String offerLevel) {
    this.offerLevel = offerLevel;
  }

  public BigDecimal getOfferFte() {
    return offerFte;
  }

  public void setOfferFte(BigDecimal offerFte) {
    this.offerFte = offerFte;
  }

  public LocalDate getOfferStart() {
    return offerStart;
  }

  public void setOfferStart(LocalDate offerStart) {
    this.offerStart = offerStart;
  }

  public BigDecimal getOfferSalary() {
    return offerSalary;
  }

  public void setOfferSalary(BigDecimal offerSalary) {
    this.offerSalary = offerSalary;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }
}
