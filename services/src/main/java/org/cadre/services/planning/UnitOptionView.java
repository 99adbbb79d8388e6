package org.cadre.services.planning;

/**
 * A unit as a menu offers it.
 *
 * @param depth how far below the top of what the caller sees it is; 0 for a top unit
 */
public record UnitOptionView(String code, String name, int depth) {}
