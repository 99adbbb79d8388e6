package org.cadre.services.competency;

/**
 * A person in post on a blueprint and their readiness for it (its published revision).
 *
 * @param level the level they hold it at, or null
 */
public record BlueprintPersonView(
    String number,
    String name,
    String unitCode,
    String level,
    double countMethod,
    double proportionalMethod,
    int weightedGap,
    int skillsToClose) {}
