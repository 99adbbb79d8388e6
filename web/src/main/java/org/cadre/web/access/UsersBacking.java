package org.cadre.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cadre.services.access.UserDirectory;
import org.cadre.services.access.UserView;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.web.portal.PageErrors;
import org.cadre.web.security.CallerContext;

/** The user accounts page, for administrators. */
@Named
@RequestScoped
public class UsersBacking {

  @Inject private UserDirectory directory;
  @Inject private CallerContext callers;

  private List<UserView> users = List.of();

  public void load() {
    try {
      users = directory.list(callers.caller());
    } catch (AccessDeniedException e) {
      PageErrors.send(403, e.getMessage());
    }
  }

  public List<UserView> getUsers() {
    return users;
  }
}
