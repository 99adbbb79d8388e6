package org.cadre.services.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import org.cadre.domain.audit.AuditEvent;
import org.cadre.domain.audit.AuditLog;
import org.cadre.services.access.Caller;

/**
 * Records every write, in the transaction of the write itself: an audited change and its audit
 * event are committed together or not at all.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class AuditTrail {

  private AuditLog log;

  protected AuditTrail() {
    // for CDI
  }

  @Inject
  public AuditTrail(AuditLog log) {
    this.log = log;
  }

  /**
   * @param action a dotted verb, e.g. {@code blueprint.published}
   * @param details what changed, readable by a person
   */
  public void record(
      Caller caller, String action, String subjectType, String subjectId, String details) {
    log.append(
        new AuditEvent(Instant.now(), caller.username(), action, subjectType, subjectId, details));
  }
}
