package org.cadre.services.competency;

import org.cadre.domain.blueprint.Level;

/**
 * A blueprint at a level, as a plan line's seat names it.
 *
 * @param level null when the seat names none
 */
public record BlueprintLevel(long blueprintId, Level level) {}
