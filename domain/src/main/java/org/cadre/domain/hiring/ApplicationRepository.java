package org.cadre.domain.hiring;

import java.util.List;
import java.util.Optional;

/** Applications and their stage moves as stored. */
public interface ApplicationRepository {

  Optional<Application> find(long id);

  /** The requisition's applications as its board shows them, by stage then date applied. */
  List<ApplicationCard> board(long requisitionId);

  List<Application> ofRequisition(long requisitionId);

  List<Application> ofCandidate(long candidateId);

  /** The candidate's application to the requisition, if any (whatever its status). */
  Optional<Application> of(long requisitionId, long candidateId);

  void add(Application application);

  /**
   * Writes pending changes now, so that a concurrent move of the same application fails here as a
   * {@link jakarta.persistence.OptimisticLockException} rather than at commit.
   */
  void flush();
}
