package org.cadre.services.blueprint.document;

import java.util.regex.Pattern;

/**
 * The wording of what a blog page puts around its article: comment forms, share buttons, related
 * posts, tags and copyright lines. A heading or line in these words after the last section ends the
 * article.
 */
final class PageFurniture {

  private static final Pattern FOOTER =
      Pattern.compile(
          "(?i)^(subscribe|notify of|leave a (reply|comment)|\\d+ (comments?|responses?|replies)"
              + "|comments?|responses?|related (posts|articles|reading|content)|share this( post)?:?"
              + "|share on .*|like this:?|post navigation|previous post|next post|inline feedbacks"
              + "|view all comments|you may also like|recommended (posts|reading|for you)"
              + "|read more|(more|further) reading|more from .*|about the author|(tags?|categories?|filed under):.*"
              + "|copyright\\b.*|©.*|all rights reserved.*)$");

  private PageFurniture() {}

  /** Whether the line is page furniture: "Leave a Reply", "Related posts", "© 2026 ...". */
  static boolean isFooter(String line) {
    return FOOTER.matcher(line.strip()).matches();
  }
}
