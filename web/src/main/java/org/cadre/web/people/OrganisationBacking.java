package org.cadre.web.people;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadre.services.people.OrgUnitView;
import org.cadre.services.people.OrganisationService;
import org.cadre.web.security.CallerContext;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** The org chart: the units the caller may see as a tree, with their people in post. */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Up to this many units, the top two levels of the chart start open. */
  private static final int OPEN_ALL = 60;

  @Inject private OrganisationService organisation;
  @Inject private CallerContext callers;

  private TreeNode<OrgUnitView> root;
  private int unitCount;
  private int people;

  @PostConstruct
  void init() {
    List<OrgUnitView> units = organisation.units(callers.caller());
    unitCount = units.size();
    root = new DefaultTreeNode<>(null, null);
    Map<String, TreeNode<OrgUnitView>> nodes = new HashMap<>();
    for (OrgUnitView unit : units) {
      // parents come before their children; a unit whose parent is hidden is a top unit here
      TreeNode<OrgUnitView> parent = nodes.getOrDefault(unit.parentCode(), root);
      TreeNode<OrgUnitView> node = new DefaultTreeNode<>(unit, parent);
      if (parent == root) {
        people += unit.totalHeadcount();
      }
      // the top two levels open, unless the organisation is too big to read that way
      node.setExpanded(parent == root || parent.getParent() == root && units.size() <= OPEN_ALL);
      nodes.put(unit.code(), node);
    }
  }

  public TreeNode<OrgUnitView> getRoot() {
    return root;
  }

  public boolean isNoUnits() {
    return unitCount == 0;
  }

  public int getUnitCount() {
    return unitCount;
  }

  public int getPeople() {
    return people;
  }
}
