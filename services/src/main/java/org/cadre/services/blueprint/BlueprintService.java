package org.cadre.services.blueprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;
import org.cadre.reports.blueprint.BlueprintLibraryWorkbook;
import org.cadre.reports.blueprint.BlueprintProfile;
import org.cadre.reports.blueprint.BlueprintProfilePdf;
import org.cadre.services.access.Caller;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.PageView;

/**
 * Reading the blueprint library. HR and admins see every blueprint at its latest revision, drafts
 * included; managers and leadership see published revisions only.
 */
@ApplicationScoped
@Transactional
public class BlueprintService {

  private RoleBlueprintRepository blueprints;

  protected BlueprintService() {
    // for CDI
  }

  @Inject
  public BlueprintService(RoleBlueprintRepository blueprints) {
    this.blueprints = blueprints;
  }

  public PageView<BlueprintSummaryView> list(Caller caller, BlueprintQuery query) {
    requireReader(caller);
    Page<BlueprintRevision> page =
        blueprints.search(query.search(publishedOnly(caller)), query.pageRequest());
    return PageView.of(page.map(BlueprintSummaryView::of));
  }

  public BlueprintView get(Caller caller, long id) {
    return BlueprintView.of(visibleRevision(caller, id));
  }

  public List<String> families(Caller caller) {
    requireReader(caller);
    return blueprints.families();
  }

  /** The blueprint profile as a PDF document. */
  public byte[] profilePdf(Caller caller, long id) {
    BlueprintRevision revision = visibleRevision(caller, id);
    return BlueprintProfilePdf.render(profile(revision));
  }

  /** The library (as filtered by the query, all pages) as an xlsx workbook. */
  public byte[] libraryWorkbook(Caller caller, BlueprintQuery query) {
    requireReader(caller);
    List<BlueprintLibraryWorkbook.Row> rows = new ArrayList<>();
    Page<BlueprintRevision> page;
    int number = 0;
    do {
      BlueprintQuery next =
          new BlueprintQuery(
              query.text(), query.family(), query.sort(), number++, PageRequest.MAX_SIZE);
      page = blueprints.search(next.search(publishedOnly(caller)), next.pageRequest());
      page.items().stream().map(BlueprintService::row).forEach(rows::add);
    } while (number < page.totalPages());
    return BlueprintLibraryWorkbook.render(rows);
  }

  private BlueprintRevision visibleRevision(Caller caller, long id) {
    requireReader(caller);
    RoleBlueprint blueprint =
        blueprints.find(id).orElseThrow(() -> new NotFoundException(notFound(id)));
    if (publishedOnly(caller)) {
      return blueprint.publishedRevision().orElseThrow(() -> new NotFoundException(notFound(id)));
    }
    return blueprint.latestRevision();
  }

  private static String notFound(long id) {
    return "There is no blueprint " + id + " in the library.";
  }

  private static void requireReader(Caller caller) {
    caller.require("read the blueprint library", Role.values());
  }

  private static boolean publishedOnly(Caller caller) {
    return !caller.hasAny(Role.HR, Role.ADMIN);
  }

  static BlueprintProfile profile(BlueprintRevision revision) {
    String facts =
        Stream.of(
                revision.level().map(Level::label).orElse(null),
                revision.family(),
                revision.track().label())
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" · "));
    List<BlueprintProfile.Skill> skills =
        revision.technicalSkills().stream()
            .sorted(java.util.Comparator.comparing(TechnicalSkill::tier))
            .map(
                s ->
                    new BlueprintProfile.Skill(
                        s.tier().label(),
                        s.name(),
                        s.importance().map(Importance::label).orElse(null),
                        s.importance().map(Importance::name).orElse(null),
                        s.importanceText(),
                        s.description(),
                        s.typicalUse()))
            .toList();
    return new BlueprintProfile(
        revision.title(),
        facts,
        revision.status().label() + " · revision " + revision.number(),
        revision.summary(),
        skills,
        LocalDate.now());
  }

  private static BlueprintLibraryWorkbook.Row row(BlueprintRevision revision) {
    List<TechnicalSkill> skills = revision.technicalSkills();
    return new BlueprintLibraryWorkbook.Row(
        revision.title(),
        revision.family(),
        revision.level().map(Level::label).orElse(null),
        revision.track().label(),
        revision.status().label(),
        revision.number(),
        skills.size(),
        (int)
            skills.stream().filter(s -> s.importance().orElse(null) == Importance.CRITICAL).count(),
        revision.summary());
  }
}
