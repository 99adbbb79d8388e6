package org.cadre.services.blueprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.domain.blueprint.RevisionDiff;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.blueprint.RoleKey;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;
import org.cadre.reports.blueprint.BlueprintLibraryWorkbook;
import org.cadre.reports.blueprint.BlueprintProfilePdf;
import org.cadre.reports.blueprint.BlueprintWorkbook;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.PageView;
import org.cadre.services.common.TextRules;
import org.cadre.services.common.UseCase;

/**
 * The blueprint library. HR and admins see every blueprint at its latest revision, drafts included,
 * edit drafts and publish them; managers and leadership see published revisions only.
 */
@ApplicationScoped
@UseCase
public class BlueprintService {

  private RoleBlueprintRepository blueprints;
  private AuditTrail audit;

  protected BlueprintService() {
    // for CDI
  }

  @Inject
  public BlueprintService(RoleBlueprintRepository blueprints, AuditTrail audit) {
    this.blueprints = blueprints;
    this.audit = audit;
  }

  public PageView<BlueprintSummaryView> list(Caller caller, BlueprintQuery query) {
    requireReader(caller);
    Page<BlueprintRevision> page =
        blueprints.search(query.search(publishedOnly(caller)), query.pageRequest());
    return PageView.of(page.map(BlueprintSummaryView::of));
  }

  /** The revision the caller works with: the latest for HR, the published one for others. */
  public BlueprintView get(Caller caller, long id) {
    return view(caller, visibleRevision(caller, find(id)));
  }

  /** One revision; readers outside HR see published and superseded revisions only. */
  public BlueprintView get(Caller caller, long id, int revision) {
    RoleBlueprint blueprint = find(id);
    return view(caller, revision(caller, blueprint, revision));
  }

  public List<String> families(Caller caller) {
    requireReader(caller);
    return blueprints.families();
  }

  public List<RevisionView> revisions(Caller caller, long id) {
    RoleBlueprint blueprint = find(id);
    visibleRevision(caller, blueprint);
    return blueprint.revisions().stream()
        .filter(r -> seesDrafts(caller) || r.status() != BlueprintStatus.DRAFT)
        .map(RevisionView::of)
        .toList();
  }

  public DiffView diff(Caller caller, long id, int from, int to) {
    RoleBlueprint blueprint = find(id);
    BlueprintContent before = revision(caller, blueprint, from).content();
    BlueprintContent after = revision(caller, blueprint, to).content();
    return DiffView.of(id, from, to, RevisionDiff.between(before, after));
  }

  /** Publishes the latest revision, a draft; the one published before is superseded. */
  public BlueprintView publish(Caller caller, long id) {
    caller.require("publish blueprints", Role.HR, Role.ADMIN);
    RoleBlueprint blueprint = find(id);
    BlueprintRevision latest = blueprint.latestRevision();
    if (latest.status() != BlueprintStatus.DRAFT) {
      throw new ConflictException(
          latest.title()
              + " has no draft to publish: revision "
              + latest.number()
              + " is already "
              + latest.status().label().toLowerCase()
              + ".");
    }
    Integer previous = blueprint.publishedRevision().map(BlueprintRevision::number).orElse(null);
    blueprint.publish(latest.number(), Instant.now());
    blueprints.store(blueprint);
    audit.record(
        caller,
        "blueprint.published",
        "blueprint",
        Long.toString(id),
        "revision "
            + latest.number()
            + (previous == null ? "" : " (supersedes revision " + previous + ")"));
    return view(caller, latest);
  }

  /** Changes the latest revision, which must be a draft, as HR edits it. */
  public BlueprintView editDraft(Caller caller, long id, BlueprintEdit edit) {
    caller.require("edit blueprints", Role.HR, Role.ADMIN);
    TextRules.require("title", edit.title());
    TextRules.require("family", edit.family());
    RoleBlueprint blueprint = find(id);
    if (edit.version() != blueprint.version()) {
      throw new ConflictException(
          "Someone else changed this blueprint since you opened it (version "
              + blueprint.version()
              + ", yours "
              + edit.version()
              + "). Reload it to see their changes, then edit again.");
    }
    BlueprintRevision draft = blueprint.latestRevision();
    if (draft.status() != BlueprintStatus.DRAFT) {
      throw new ConflictException(
          "Revision "
              + draft.number()
              + " of "
              + draft.title()
              + " is "
              + draft.status().label().toLowerCase()
              + "; only a draft can be edited. Import a new version to start a draft.");
    }
    BlueprintContent before = draft.content();
    BlueprintContent after = edited(before, edit);
    blueprint.editDraft(draft.number(), after, Instant.now());
    blueprints.store(blueprint);
    RevisionDiff changes = RevisionDiff.between(before, after);
    audit.record(
        caller,
        "blueprint.edited",
        "blueprint",
        Long.toString(id),
        "revision "
            + draft.number()
            + ": "
            + changes.changes().stream()
                .map(c -> c.subject() + (c.detail() == null ? "" : " (" + c.detail() + ")"))
                .collect(Collectors.joining("; ")));
    return view(caller, draft);
  }

  /** The blueprint profile as a PDF document. */
  public byte[] profilePdf(Caller caller, long id) {
    return BlueprintProfilePdf.render(BlueprintReports.profile(get(caller, id)));
  }

  /** One blueprint as a workbook: skills, KPIs, tools, scorecard and career path. */
  public byte[] workbook(Caller caller, long id) {
    return BlueprintWorkbook.render(BlueprintReports.workbook(get(caller, id)));
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
      page.items().stream().map(BlueprintReports::libraryRow).forEach(rows::add);
    } while (number < page.totalPages());
    return BlueprintLibraryWorkbook.render(rows);
  }

  private static BlueprintContent edited(BlueprintContent content, BlueprintEdit edit) {
    List<TechnicalSkill> skills = content.technicalSkills();
    if (edit.technicalSkills() != null && edit.technicalSkills().size() != skills.size()) {
      throw InvalidInputException.of(
          "technicalSkills",
          edit.technicalSkills().size(),
          "the draft has " + skills.size() + " technical skills; send one entry for each");
    }
    List<TechnicalSkill> changed = new ArrayList<>();
    for (int i = 0; i < skills.size(); i++) {
      TechnicalSkill skill = skills.get(i);
      if (edit.technicalSkills() == null) {
        changed.add(skill);
      } else {
        BlueprintEdit.SkillEdit change = edit.technicalSkills().get(i);
        if (change.tier() == null) {
          throw InvalidInputException.of(
              "technicalSkills[" + i + "].tier", null, skill.name() + " needs a tier");
        }
        changed.add(skill.with(change.tier(), change.importance()));
      }
    }
    try {
      return content
          .withFacts(
              edit.title() == null ? content.title() : edit.title(),
              edit.family(),
              edit.level(),
              edit.track() == null ? content.track() : edit.track())
          .withTechnicalSkills(changed);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("blueprint", null, e.getMessage());
    }
  }

  private BlueprintView view(Caller caller, BlueprintRevision revision) {
    Set<String> keys =
        revision.careerPath().stream().map(s -> RoleKey.of(s.title())).collect(Collectors.toSet());
    Map<String, Long> library = blueprints.idsByRoleKey(keys, publishedOnly(caller));
    return BlueprintView.of(revision, library);
  }

  private RoleBlueprint find(long id) {
    return blueprints.find(id).orElseThrow(() -> new NotFoundException(notFound(id)));
  }

  private BlueprintRevision visibleRevision(Caller caller, RoleBlueprint blueprint) {
    requireReader(caller);
    if (publishedOnly(caller)) {
      return blueprint
          .publishedRevision()
          .orElseThrow(() -> new NotFoundException(notFound(blueprint.id())));
    }
    return blueprint.latestRevision();
  }

  private BlueprintRevision revision(Caller caller, RoleBlueprint blueprint, int number) {
    visibleRevision(caller, blueprint);
    return blueprint.revisions().stream()
        .filter(r -> r.number() == number)
        .filter(r -> seesDrafts(caller) || r.status() != BlueprintStatus.DRAFT)
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Blueprint " + blueprint.id() + " has no revision " + number + "."));
  }

  private static String notFound(long id) {
    return "There is no blueprint " + id + " in the library.";
  }

  private static void requireReader(Caller caller) {
    caller.require("read the blueprint library", Role.values());
  }

  private static boolean seesDrafts(Caller caller) {
    return caller.hasAny(Role.HR, Role.ADMIN);
  }

  private static boolean publishedOnly(Caller caller) {
    return !seesDrafts(caller);
  }
}
