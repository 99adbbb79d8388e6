package org.cadre.web.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.common.PageRequest;
import org.cadre.services.blueprint.BlueprintQuery;
import org.cadre.services.blueprint.BlueprintService;
import org.cadre.services.blueprint.BlueprintSummaryView;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.people.EmployeeView;
import org.cadre.services.people.OrgUnitView;
import org.cadre.services.people.OrganisationService;
import org.cadre.web.portal.PageErrors;
import org.cadre.web.security.CallerContext;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The people list: everyone the caller may see, filtered by unit, blueprint, level and text. */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OrganisationService organisation;
  @Inject private BlueprintService blueprints;
  @Inject private CallerContext callers;

  private String unit;
  private Long blueprintId;
  private String level;
  private String text;
  private List<OrgUnitView> units;
  private List<BlueprintSummaryView> blueprintChoices;
  private final LazyDataModel<EmployeeView> model = new Model();

  /** Checks the unit of the address: a manager asking for a unit outside their subtree gets 403. */
  public void load() {
    try {
      if (unit != null && !unit.isBlank()) {
        organisation.unit(callers.caller(), unit);
      }
      units = organisation.units(callers.caller());
      blueprintChoices =
          blueprints.list(callers.caller(), BlueprintQuery.all(PageRequest.MAX_SIZE)).items();
    } catch (AccessDeniedException e) {
      PageErrors.send(403, e.getMessage());
    } catch (NotFoundException e) {
      PageErrors.send(404, e.getMessage());
    }
  }

  /** The unit's name, for the page head, or null without a unit. */
  public String getUnitName() {
    if (unit == null || units == null) {
      return null;
    }
    return units.stream()
        .filter(u -> u.code().equals(unit))
        .map(OrgUnitView::name)
        .findFirst()
        .orElse(null);
  }

  /** The roster workbook of what the table shows, all pages. */
  public String getWorkbookUrl() {
    StringBuilder url = new StringBuilder("api/employees.xlsx");
    char separator = '?';
    for (String[] parameter :
        new String[][] {
          {"orgUnit", unit},
          {"blueprint", blueprintId == null ? null : blueprintId.toString()},
          {"level", level},
          {"q", text}
        }) {
      if (parameter[1] != null && !parameter[1].isBlank()) {
        url.append(separator)
            .append(parameter[0])
            .append('=')
            .append(URLEncoder.encode(parameter[1], StandardCharsets.UTF_8));
        separator = '&';
      }
    }
    return url.toString();
  }

  /** A unit's label in the filter, indented by its depth. */
  public String unitLabel(OrgUnitView view) {
    return "\u00a0\u00a0".repeat(view.depth()) + view.name() + " (" + view.code() + ")";
  }

  public List<OrgUnitView> getUnits() {
    return units;
  }

  public List<BlueprintSummaryView> getBlueprints() {
    return blueprintChoices;
  }

  public List<String> getLevels() {
    return Arrays.stream(Level.values()).map(Level::label).toList();
  }

  public LazyDataModel<EmployeeView> getModel() {
    return model;
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

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  private final class Model extends LazyDataModel<EmployeeView> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int)
          organisation.employees(callers.caller(), unit, blueprintId, level, text, 0, 1).total();
    }

    @Override
    public List<EmployeeView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      var page =
          organisation.employees(
              callers.caller(), unit, blueprintId, level, text, first / pageSize, pageSize);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(EmployeeView row) {
      return row.number();
    }
  }
}
