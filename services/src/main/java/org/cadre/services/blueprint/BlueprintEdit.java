package org.cadre.services.blueprint;

import jakarta.validation.Valid;
import java.util.List;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.Track;
import org.cadre.services.common.PlainText;

/**
 * HR's changes to a draft: its facts, and the tier and importance of its technical skills (in the
 * draft's order, one entry per skill).
 *
 * @param version the version of the blueprint the edit was made on; a newer one means someone else
 *     changed it meanwhile
 */
public record BlueprintEdit(
    long version,
    @PlainText String title,
    @PlainText String family,
    Level level,
    Track track,
    List<@Valid SkillEdit> technicalSkills) {

  /** One technical skill's tier and importance. */
  public record SkillEdit(SkillTier tier, Importance importance) {}
}
