package org.cadre.services.hiring;

import java.util.List;

/**
 * The scorecards of an application the caller may read, and how many others there are that they may
 * not read yet, with why.
 */
public record ScorecardsView(List<ScorecardView> scorecards, int hidden, String why) {}
