package org.cadre.domain.hiring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an interviewer sends for a scorecard: ratings of items of the interview kit (an item may be
 * left out when the interview did not cover it), notes and the overall recommendation.
 */
public record ScorecardSheet(List<Entry> ratings, String notes, Recommendation recommendation) {

  public static final int NOTES_MAX = 4000;

  /** One rating sent: which kind of item, its name in the kit, and the rating. */
  public record Entry(KitItemKind kind, String item, Integer rating) {}

  public ScorecardSheet {
    ratings = ratings == null ? List.of() : List.copyOf(ratings);
    notes = notes == null || notes.isBlank() ? null : notes.strip();
  }

  /** What is wrong with the sheet against the kit, each naming its field; empty when nothing. */
  public List<FieldProblem> problems(InterviewKit kit) {
    List<FieldProblem> problems = new ArrayList<>();
    if (recommendation == null) {
      problems.add(
          new FieldProblem("recommendation", null, "choose one of STRONG_NO, NO, YES, STRONG_YES"));
    }
    if (ratings.isEmpty()) {
      problems.add(new FieldProblem("ratings", "[]", "rate at least one item of the kit"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ratings.size(); i++) {
      Entry entry = ratings.get(i);
      String field = "ratings[" + i + "]";
      Optional<KitItem> item =
          entry.kind() == null ? Optional.empty() : kit.item(entry.kind(), entry.item());
      if (item.isEmpty()) {
        problems.add(
            new FieldProblem(
                field + ".item",
                entry.item(),
                "is not a "
                    + (entry.kind() == KitItemKind.SKILL ? "must-have skill" : "dimension")
                    + " of the interview kit"));
      } else if (!seen.add(item.get().kind() + "/" + item.get().name())) {
        problems.add(new FieldProblem(field + ".item", entry.item(), "is rated twice"));
      }
      RatingScale.problem(entry.rating())
          .ifPresent(
              reason ->
                  problems.add(
                      new FieldProblem(
                          field + ".rating",
                          entry.rating() == null ? null : entry.rating().toString(),
                          reason)));
    }
    if (notes != null && notes.length() > NOTES_MAX) {
      problems.add(
          new FieldProblem("notes", notes.length() + " characters", "take at most " + NOTES_MAX));
    }
    return problems;
  }

  /** The ratings against the kit's items; needs a sheet without problems. */
  List<Rating> toRatings(InterviewKit kit) {
    if (!problems(kit).isEmpty()) {
      throw new IllegalArgumentException(problems(kit).toString());
    }
    return ratings.stream()
        .map(e -> new Rating(kit.item(e.kind(), e.item()).orElseThrow(), e.rating()))
        .toList();
  }
}
