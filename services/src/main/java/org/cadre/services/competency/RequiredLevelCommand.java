package org.cadre.services.competency;

/**
 * HR's required level for a skill of a draft.
 *
 * @param requiredLevel 0 to 5; null goes back to the level the skill's importance gives
 */
public record RequiredLevelCommand(Integer requiredLevel) {}
