package org.cadre.services.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadre.domain.access.Role;
import org.cadre.services.access.Caller;
import org.cadre.services.access.UserDirectory;

/** One demo login per role, each with the password {@value #PASSWORD}. */
@ApplicationScoped
class DemoUsers implements DemoStep {

  static final String PASSWORD = "demo";

  /** The demo manager's login; the demo organisation makes this user a department head. */
  static final String MANAGER = "manager";

  private static final Map<String, Role> LOGINS = new LinkedHashMap<>();

  static {
    LOGINS.put("admin", Role.ADMIN);
    LOGINS.put("hr", Role.HR);
    LOGINS.put(MANAGER, Role.MANAGER);
    LOGINS.put("leader", Role.LEADERSHIP);
  }

  private UserDirectory directory;

  protected DemoUsers() {
    // for CDI
  }

  @Inject
  DemoUsers(UserDirectory directory) {
    this.directory = directory;
  }

  /** Every demo login, the interviewers the hiring step adds included. */
  static String logins() {
    return LOGINS.entrySet().stream()
            .map(e -> e.getKey() + "/" + PASSWORD + " (" + e.getValue() + ")")
            .collect(Collectors.joining(", "))
        + DemoHiring.INTERVIEWERS.keySet().stream()
            .sorted()
            .map(login -> ", " + login + "/" + PASSWORD + " (interviewer)")
            .collect(Collectors.joining());
  }

  @Override
  public String name() {
    return "users";
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public void apply(Caller caller) {
    LOGINS.forEach(
        (username, role) ->
            directory.createUser(caller, username, PASSWORD.toCharArray(), Set.of(role)));
  }
}
