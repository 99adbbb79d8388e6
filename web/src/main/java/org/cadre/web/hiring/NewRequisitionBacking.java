package org.cadre.web.hiring;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cadre.services.common.ServiceException;
import org.cadre.services.hiring.GapView;
import org.cadre.services.hiring.RequisitionCommand;
import org.cadre.services.hiring.RequisitionService;
import org.cadre.services.hiring.RequisitionView;
import org.cadre.web.portal.Messages;
import org.cadre.web.security.CallerContext;

/**
 * A new requisition, filled in from a seat of the planning grid: the seat's gap in the quarter
 * gives the FTE, the position and the start; beyond the plan the form asks why.
 */
@Named
@ViewScoped
public class NewRequisitionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequisitionService requisitions;
  @Inject private CallerContext callers;

  private String unit;
  private Long blueprintId;
  private String level;
  private String quarter;
  private GapView gap;
  private BigDecimal fte;
  private LocalDate targetStart;
  private String justification;

  public void load() {
    gap =
        HiringActions.read(
            () -> requisitions.gap(callers.caller(), unit, blueprintId, level, quarter));
    if (gap != null) {
      fte = gap.fte();
      targetStart = gap.targetStart();
    }
  }

  /** Opens the requisition as a draft and goes to its page. */
  public void create() {
    try {
      RequisitionView created =
          requisitions.create(
              callers.caller(),
              new RequisitionCommand(
                  gap.orgUnit(),
                  gap.blueprintId(),
                  gap.level(),
                  gap.withinPlan() ? gap.positionId() : null,
                  fte,
                  targetStart == null ? null : targetStart.toString(),
                  justification,
                  null,
                  null));
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      Messages.info("requisition.created", created.id());
      external.redirect(external.getRequestContextPath() + "/requisition.xhtml?id=" + created.id());
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public GapView getGap() {
    return gap;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public Long getBlueprintId() {
    return blueprintId;
  }

  public void setBlueprintId(Long blueprintId) {
    this.blueprintId = blueprintId;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getQuarter() {
    return quarter;
  }

  public void setQuarter(String quarter) {
    this.quarter = quarter;
  }

  public BigDecimal getFte() {
    return fte;
  }

  public void setFte(BigDecimal fte) {
    this.fte = fte;
  }

  public LocalDate getTargetStart() {
    return targetStart;
  }

  public void setTargetStart(LocalDate targetStart) {
    this.targetStart = targetStart;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }
}
