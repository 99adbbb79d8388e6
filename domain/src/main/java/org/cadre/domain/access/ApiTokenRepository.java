package org.cadre.domain.access;

import java.util.List;
import java.util.Optional;

/** API tokens as stored. */
public interface ApiTokenRepository {

  /** The token whose secret has this hex SHA-256, revoked or not. */
  Optional<ApiToken> findBySecretHash(String secretHash);

  Optional<ApiToken> find(long id);

  /** Every token, newest first. */
  List<ApiToken> all();

  void store(ApiToken token);
}
