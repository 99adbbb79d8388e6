package org.cadre.web.api;

import jakarta.ws.rs.core.EntityTag;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.RevisionRequiredException;

/** Plan revisions as HTTP entity tags: {@code ETag: "7"} out, {@code If-Match: "7"} in. */
public final class Revisions {

  private Revisions() {}

  public static EntityTag tag(long revision) {
    return new EntityTag(Long.toString(revision));
  }

  /** The revision an {@code If-Match} header names; required. */
  public static long required(String ifMatch) {
    Long revision = optional(ifMatch);
    if (revision == null) {
      throw new RevisionRequiredException(
          "Send the plan's revision in an If-Match header (the ETag of the plan you changed), so"
              + " that a change made meanwhile by someone else is not overwritten.");
    }
    return revision;
  }

  /** The revision an {@code If-Match} header names, or null without one. */
  public static Long optional(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String text = ifMatch.strip();
    if (text.startsWith("W/")) {
      text = text.substring(2);
    }
    text = text.replace("\"", "");
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(
          "If-Match", ifMatch, "must be the plan's ETag, a revision number such as \"7\"");
    }
  }
}
