package org.cadre.services.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.cadre.domain.access.Role;
import org.cadre.domain.common.Page;
import org.cadre.domain.competency.Competency;
import org.cadre.domain.competency.CompetencyRepository;
import org.cadre.domain.competency.CompetencyRepository.Revisions;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.PageView;
import org.cadre.services.common.UseCase;

/**
 * The competency catalogue: searching it, and merging two competencies that are one skill. HR and
 * administrators see every competency, used by the latest revisions of the blueprints; managers and
 * leadership only those the published revisions use, counted and named by them: a competency only a
 * draft has is invisible to them, as drafts are.
 */
@ApplicationScoped
@UseCase
public class CompetencyService {

  private CompetencyRepository competencies;
  private AuditTrail audit;

  protected CompetencyService() {
    // for CDI
  }

  @Inject
  public CompetencyService(CompetencyRepository competencies, AuditTrail audit) {
    this.competencies = competencies;
    this.audit = audit;
  }

  public PageView<CompetencyView> search(Caller caller, String text, int page, int size) {
    caller.require("read the competency catalogue", Role.values());
    Revisions revisions = revisions(caller);
    Page<Competency> found = competencies.search(text, revisions, PageView.request(page, size));
    Map<Long, Long> counts =
        competencies.blueprintCounts(
            found.items().stream().map(Competency::id).toList(), revisions);
    return PageView.of(found.map(c -> CompetencyView.of(c, counts.getOrDefault(c.id(), 0L))));
  }

  public CompetencyView get(Caller caller, long id) {
    Competency competency = visible(caller, id);
    return CompetencyView.of(
        competency,
        competencies.blueprintCounts(List.of(id), revisions(caller)).getOrDefault(id, 0L));
  }

  /** The blueprints that use a competency, by title. */
  public List<String> blueprints(Caller caller, long id) {
    visible(caller, id);
    return competencies.blueprintTitles(id, revisions(caller));
  }

  /**
   * Merges one competency into another: the target takes the merged one's name and aliases as
   * aliases, every skill linked to the merged one is linked to the target, and the merged one is
   * removed. Future imports of any of its wordings link to the target.
   */
  public MergeResult merge(Caller caller, long mergedId, long targetId) {
    caller.require("merge competencies", Role.HR, Role.ADMIN);
    if (mergedId == targetId) {
      throw InvalidInputException.of(
          "targetId", targetId, "a competency cannot be merged into itself");
    }
    Competency merged = find(mergedId);
    Competency target = find(targetId);
    target.absorb(merged);
    int relinked = competencies.relink(mergedId, targetId);
    competencies.remove(merged);
    competencies.store(target);
    audit.record(
        caller,
        "competency.merged",
        "competency",
        Long.toString(targetId),
        "merged \""
            + merged.name()
            + "\" ("
            + mergedId
            + ") into \""
            + target.name()
            + "\"; "
            + relinked
            + " skills re-linked");
    long count =
        competencies
            .blueprintCounts(List.of(targetId), Revisions.LATEST)
            .getOrDefault(targetId, 0L);
    return new MergeResult(CompetencyView.of(target, count), merged.name(), relinked);
  }

  /** The competency, if the caller may see it: else the same 404 as for one that does not exist. */
  private Competency visible(Caller caller, long id) {
    caller.require("read the competency catalogue", Role.values());
    Competency competency = find(id);
    if (revisions(caller) == Revisions.PUBLISHED && !competencies.isUsed(id, Revisions.PUBLISHED)) {
      throw notFound(id);
    }
    return competency;
  }

  private static Revisions revisions(Caller caller) {
    return caller.hasAny(Role.HR, Role.ADMIN) ? Revisions.LATEST : Revisions.PUBLISHED;
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("There is no competency " + id + " in the catalogue.");
  }

  private Competency find(long id) {
    return competencies.find(id).orElseThrow(() -> notFound(id));
  }
}
