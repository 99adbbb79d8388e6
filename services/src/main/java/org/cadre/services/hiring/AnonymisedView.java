package org.cadre.services.hiring;

import java.util.List;

/** What an anonymise run did: the candidates whose personal data was removed. */
public record AnonymisedView(int retentionDays, List<Long> candidateIds) {}
