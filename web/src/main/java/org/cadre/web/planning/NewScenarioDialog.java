package org.cadre.web.planning;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cadre.services.common.ServiceException;
import org.cadre.services.planning.ScenarioService;
import org.cadre.services.planning.ScenarioView;
import org.cadre.web.portal.Messages;
import org.cadre.web.security.CallerContext;

/**
 * The planning page's dialog that makes a scenario of the unit shown and the units below it for the
 * quarters shown.
 */
@Named
@ViewScoped
public class NewScenarioDialog implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PlanningBacking page;
  @Inject private ScenarioService scenarios;
  @Inject private CallerContext callers;

  private String name;

  /**
   * Makes the scenario and goes to it (a redirect by navigation, which carries the message over);
   * null stays in the dialog with the reason.
   */
  public String create() {
    try {
      ScenarioView created =
          scenarios.create(callers.caller(), name, page.getUnit(), page.getFrom(), page.getTo());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("planning.scenario.created", created.name(), created.plans());
      return "/" + page.scenarioAddress(created.name()) + "&faces-redirect=true";
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
      return null;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
