package org.cadre.services.competency;

/**
 * One person in one competency.
 *
 * @param required the level their blueprint requires; null when it requires none
 * @param assessed their latest level; null when never assessed (counted as 0)
 * @param gap required minus assessed; null without a requirement
 * @param stale whether the latest assessment is older than the stale setting
 */
public record HeatmapCell(
    long competencyId, Integer required, Integer assessed, Integer gap, boolean stale) {}
