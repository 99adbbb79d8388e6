package org.cadre.domain.access;

import java.util.List;
import java.util.Optional;

/** User accounts as stored. */
public interface UserAccountRepository {

  Optional<UserAccount> findByUsername(String username);

  /** Every account, by username. */
  List<UserAccount> all();

  void store(UserAccount account);
}
