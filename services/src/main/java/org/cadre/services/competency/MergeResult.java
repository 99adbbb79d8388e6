package org.cadre.services.competency;

/** What merging one competency into another did. */
public record MergeResult(CompetencyView into, String merged, int relinkedSkills) {}
