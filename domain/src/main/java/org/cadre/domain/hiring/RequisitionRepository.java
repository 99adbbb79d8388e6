package org.cadre.domain.hiring;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;

/** Requisitions as stored. */
public interface RequisitionRepository {

  Optional<Requisition> find(long id);

  /** Requisitions matching the search, newest first. */
  Page<Requisition> search(RequisitionSearch search, PageRequest page);

  /** Of the positions, those a requisition holds that is not cancelled. */
  Set<Long> positionsHeld(Collection<Long> positionIds);

  void add(Requisition requisition);

  /**
   * Writes pending changes now, so a concurrent change fails here as a {@link
   * jakarta.persistence.OptimisticLockException} rather than at commit.
   */
  void flush();
}
