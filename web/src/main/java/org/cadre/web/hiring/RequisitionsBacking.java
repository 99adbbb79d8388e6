package org.cadre.web.hiring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cadre.domain.hiring.RequisitionStatus;
import org.cadre.services.hiring.RequisitionRow;
import org.cadre.services.hiring.RequisitionService;
import org.cadre.services.people.OrgUnitView;
import org.cadre.services.people.OrganisationService;
import org.cadre.web.security.CallerContext;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The requisitions the caller sees, newest first, by unit (with those below it) and status: HR and
 * leadership see all, a manager their subtree.
 */
@Named
@ViewScoped
public class RequisitionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequisitionService requisitions;
  @Inject private OrganisationService organisation;
  @Inject private CallerContext callers;

  private String unit;
  private String status;
  private List<OrgUnitView> units;
  private final LazyDataModel<RequisitionRow> model = new Model();

  public void load() {
    units = HiringActions.read(() -> organisation.units(callers.caller()));
    if (units != null && unit != null && !unit.isBlank()) {
      HiringActions.read(() -> requisitions.list(callers.caller(), unit, status, 0, 1));
    }
  }

  public String unitLabel(OrgUnitView view) {
    return "\u00a0\u00a0".repeat(view.depth()) + view.name() + " (" + view.code() + ")";
  }

  public List<RequisitionStatus> getStatuses() {
    return Arrays.asList(RequisitionStatus.values());
  }

  public List<OrgUnitView> getUnits() {
    return units;
  }

  public LazyDataModel<RequisitionRow> getModel() {
    return model;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  private final class Model extends LazyDataModel<RequisitionRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) requisitions.list(callers.caller(), unit, status, 0, 1).total();
    }

    @Override
    public List<RequisitionRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      var page = requisitions.list(callers.caller(), unit, status, first / pageSize, pageSize);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(RequisitionRow row) {
      return Long.toString(row.id());
    }
  }
}
