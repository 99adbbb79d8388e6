package org.cadre.domain.access;

import java.util.Optional;

/** User accounts as stored. */
public interface UserAccountRepository {

  Optional<UserAccount> findByUsername(String username);

  void store(UserAccount account);
}
