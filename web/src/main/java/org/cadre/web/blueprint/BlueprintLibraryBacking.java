package org.cadre.web.blueprint;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cadre.services.blueprint.BlueprintQuery;
import org.cadre.services.blueprint.BlueprintService;
import org.cadre.services.blueprint.BlueprintSummaryView;
import org.cadre.web.security.CallerContext;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The blueprint library page: a searchable, sortable, paged table of blueprints. */
@Named
@ViewScoped
public class BlueprintLibraryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BlueprintService blueprints;
  @Inject private CallerContext callers;

  private String text;
  private String family;
  private List<String> families;
  private final LazyDataModel<BlueprintSummaryView> model = new Model();

  @PostConstruct
  void init() {
    families = blueprints.families(callers.caller());
  }

  /** The workbook of what the table shows, all pages. */
  public String getWorkbookUrl() {
    StringBuilder url = new StringBuilder("api/blueprints.xlsx?");
    if (text != null && !text.isBlank()) {
      url.append("q=").append(URLEncoder.encode(text, StandardCharsets.UTF_8)).append('&');
    }
    if (family != null && !family.isBlank()) {
      url.append("family=").append(URLEncoder.encode(family, StandardCharsets.UTF_8));
    }
    return url.toString();
  }

  public LazyDataModel<BlueprintSummaryView> getModel() {
    return model;
  }

  public List<String> getFamilies() {
    return families;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getFamily() {
    return family;
  }

  public void setFamily(String family) {
    this.family = family;
  }

  private BlueprintQuery query(Map<String, SortMeta> sortBy, int page, int size) {
    String sort = null;
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta meta = sortBy.values().iterator().next();
      sort = (meta.getOrder() == SortOrder.DESCENDING ? "-" : "") + meta.getField();
    }
    return new BlueprintQuery(text, family, sort, page, size);
  }

  private final class Model extends LazyDataModel<BlueprintSummaryView> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) blueprints.list(callers.caller(), query(null, 0, 1)).total();
    }

    @Override
    public List<BlueprintSummaryView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      var page = blueprints.list(callers.caller(), query(sortBy, first / pageSize, pageSize));
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(BlueprintSummaryView row) {
      return Long.toString(row.id());
    }
  }
}
