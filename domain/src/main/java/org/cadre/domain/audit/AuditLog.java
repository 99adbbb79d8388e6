package org.cadre.domain.audit;

import java.util.List;

/** The stored audit trail. Events are only ever appended. */
public interface AuditLog {

  void append(AuditEvent event);

  /** The newest events about one subject, newest first. */
  List<AuditEvent> about(String subjectType, String subjectId, int limit);
}
