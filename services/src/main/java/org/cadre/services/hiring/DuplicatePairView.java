package org.cadre.services.hiring;

import java.util.List;

/** Two candidates who look like one person, and the fields that matched. */
public record DuplicatePairView(
    CandidateRow first, CandidateRow second, List<String> matchedFields) {}
