package org.cadre.services.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.domain.blueprint.RevisionDiff;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.access.Caller;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.RejectedDocumentException;
import org.cadre.services.common.TooLargeException;
import org.cadre.services.competency.CompetencyService;
import org.cadre.services.competency.CompetencyView;
import org.cadre.services.imports.ImportSettings;
import org.cadre.services.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Importing blueprint documents into a real database: sections, revisions, diff, catalogue. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class BlueprintImportTest {

  private static final Caller HR = new Caller("hr", Set.of(Role.HR));
  private static final Caller MANAGER = new Caller("manager", Set.of(Role.MANAGER));

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;

  /** The services over one entity manager, as the container would wire them. */
  private record Wiring(
      BlueprintImportService imports, BlueprintService blueprints, CompetencyService competencies) {

    Wiring(EntityManager em) {
      this(
          Services.on(em)
              .blueprintImport(
                  ImportSettings.of(
                      Map.of(
                          "cadre.import.zip.max-bytes",
                          String.valueOf(20L * 1024 * 1024),
                          "cadre.import.zip.max-documents",
                          "50",
                          "cadre.import.zip.max-expanded-bytes",
                          String.valueOf(30L * 1024 * 1024)))),
          Services.on(em).blueprints(),
          Services.on(em).competencies());
    }
  }

  @BeforeEach
  void open() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
  }

  @AfterEach
  void close() {
    jpa.close();
  }

  private <T> T run(Function<Wiring, T> work) {
    return jpa.inTransaction(em -> work.apply(new Wiring(em)));
  }

  private ImportResult importDocument(byte[] content, String name) {
    return run(s -> s.imports().importDocument(HR, content, name));
  }

  private long count(String table) {
    return jpa.inTransaction(
        em ->
            ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
                .longValue());
  }

  private static long tier(BlueprintView b, SkillTier tier) {
    return b.technicalSkills().stream().filter(s -> s.tier() == tier).count();
  }

  /**
   * Cadre's WordPress sample: 19 technical skills (7, 5, 4 and 3 by tier) and 7 soft skills, all
   * worded differently, so 26 competencies.
   */
  @Test
  void importsTheWordPressSampleWithEverySection() {
    byte[] json = SampleBlueprints.bytes(SampleBlueprints.WORDPRESS);

    ImportResult result = importDocument(json, SampleBlueprints.WORDPRESS);
    BlueprintView b = run(s -> s.blueprints().get(HR, result.blueprintId()));

    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.CREATED);
    assertThat(b.title()).isEqualTo("Lead Developer Experience Engineer");
    assertThat(b.status()).isEqualTo(BlueprintStatus.DRAFT);
    assertThat(b.technicalSkills())
        .hasSize(19)
        .allMatch(s -> s.importance() != null && s.competencyId() != null);
    assertThat(
            List.of(
                tier(b, SkillTier.MUST_HAVE), tier(b, SkillTier.GOOD_TO_HAVE),
                tier(b, SkillTier.ADVANCED), tier(b, SkillTier.EMERGING)))
        .containsExactly(7L, 5L, 4L, 3L);
    assertThat(b.softSkills()).hasSize(7).allMatch(s -> s.competencyId() != null);
    assertThat(b.kpis()).hasSize(12).allMatch(k -> k.frequency() != null);
    assertThat(b.tools()).hasSize(22).allMatch(t -> t.commonality() != null);
    assertThat(b.scorecard()).hasSize(7);
    assertThat(b.careerPath().feeder()).hasSize(4);
    assertThat(b.careerPath().next()).hasSize(4);
    assertThat(b.careerPath().adjacent()).hasSize(3);
    assertThat(b.sections()).hasSize(20);
    assertThat(b.source().format()).isEqualTo("WORDPRESS_JSON");
    assertThat(b.source().checksum()).matches("[0-9a-f]{64}");
    assertThat(b.source().url()).startsWith("https://handbook.cadre.example/");
    assertThat(count("competency")).isEqualTo(26);
  }

  @Test
  void theProfilePrintsEverySectionOnceInTheDocumentsOrder() {
    byte[] json = SampleBlueprints.bytes(SampleBlueprints.WORDPRESS);
    long id = importDocument(json, "lead.json").blueprintId();
    BlueprintView b = run(s -> s.blueprints().get(HR, id));

    var profile = BlueprintReports.profile(b);

    List<String> headings = profile.sections().stream().map(s -> s.heading()).toList();
    assertThat(headings).doesNotHaveDuplicates().contains("Summary", "Hiring scorecard");
    assertThat(headings.subList(1, headings.size()))
        .containsSubsequence(
            b.sections().stream().skip(1).map(BlueprintView.SectionView::heading).toList());
    var hiring =
        profile.sections().stream()
            .filter(s -> s.heading().equals("Hiring Evaluation Criteria"))
            .map(s -> ((org.cadre.reports.blueprint.BlueprintProfile.Text) s).text())
            .findFirst()
            .orElseThrow();
    assertThat(hiring).contains("Red flags").doesNotContain(" | ");
    assertThat(headings.indexOf("Hiring scorecard"))
        .isEqualTo(headings.indexOf("Hiring Evaluation Criteria") + 1);
  }

  @Test
  void importsTheTextCaptureSample() {
    byte[] text = SampleBlueprints.bytes(SampleBlueprints.TEXT_CAPTURE);

    ImportResult result = importDocument(text, "leader.txt");
    BlueprintView b = run(s -> s.blueprints().get(HR, result.blueprintId()));

    assertThat(b.title()).isEqualTo("Analytics Engineering Leader");
    assertThat(b.source().format()).isEqualTo("TEXT");
    assertThat(
            List.of(
                tier(b, SkillTier.MUST_HAVE), tier(b, SkillTier.GOOD_TO_HAVE),
                tier(b, SkillTier.ADVANCED), tier(b, SkillTier.EMERGING)))
        .containsExactly(6L, 4L, 3L, 2L);
    assertThat(b.softSkills()).hasSize(6);
    assertThat(b.kpis()).hasSize(10).allMatch(k -> k.frequency() != null);
    assertThat(b.tools()).hasSize(14).allMatch(t -> t.commonality() != null);
    assertThat(b.scorecard()).hasSize(7);
    assertThat(b.careerPath().feeder()).hasSize(4);
    assertThat(b.careerPath().next()).hasSize(4);
    assertThat(b.careerPath().adjacent()).hasSize(3);
    assertThat(b.sections()).hasSize(20);
    assertThat(b.experience().minYears()).isEqualTo(8);
    assertThat(b.experience().maxYears()).isEqualTo(12);
  }

  @Test
  void importingTheSameDocumentTwiceChangesNothing() {
    byte[] document = new TestBlueprintDocument().wordPressJson();

    ImportResult first = importDocument(document, "sre.json");
    ImportResult second = importDocument(document, "sre-again.json");

    assertThat(first.outcome()).isEqualTo(ImportResult.Outcome.CREATED);
    assertThat(second.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
    assertThat(second.revision()).isEqualTo(1);
    assertThat(count("blueprint_revision")).isEqualTo(1);
    assertThat(count("audit_event")).isEqualTo(1);
  }

  @Test
  void aChangedDocumentBecomesRevisionTwoAndTheDiffListsExactlyTheChanges() {
    TestBlueprintDocument v1 = new TestBlueprintDocument();
    TestBlueprintDocument v2 = new TestBlueprintDocument();
    v2.skills.set(
        2,
        new TestBlueprintDocument.Skill(
            "Good-to-have", "Capacity planning", "Forecasts load.", "Before peaks", "Critical"));
    v2.skills.set(
        3,
        new TestBlueprintDocument.Skill(
            "Advanced", "Chaos experiments", "Breaks things on purpose.", "Game days", "Optional"));
    v2.kpis.remove(2);
    v2.tools.add(
        new TestBlueprintDocument.ToolRow("Observability", "Grafana", "Dashboards", "Common"));
    v2.scorecard.set(
        0,
        new TestBlueprintDocument.Dimension(
            "Debugging", "Finds the cause with help", "Finds it alone and teaches others"));
    v2.next.add("Head of Reliability");

    long id = importDocument(v1.wordPressJson(), "v1.json").blueprintId();
    ImportResult revised = importDocument(v2.wordPressJson(), "v2.json");
    DiffView diff = run(s -> s.blueprints().diff(HR, id, 1, 2));

    assertThat(revised.outcome()).isEqualTo(ImportResult.Outcome.REVISED);
    assertThat(revised.revision()).isEqualTo(2);
    assertThat(diff.changes())
        .extracting(
            DiffView.ChangeView::area,
            DiffView.ChangeView::kind,
            DiffView.ChangeView::subject,
            DiffView.ChangeView::detail)
        .containsExactly(
            tuple(
                RevisionDiff.Area.TECHNICAL_SKILLS,
                RevisionDiff.Kind.CHANGED,
                "Capacity planning",
                "importance Important → Critical"),
            tuple(
                RevisionDiff.Area.TECHNICAL_SKILLS,
                RevisionDiff.Kind.CHANGED,
                "Chaos experiments",
                "tier Emerging → Advanced"),
            tuple(RevisionDiff.Area.KPIS, RevisionDiff.Kind.REMOVED, "Toil ratio", null),
            tuple(RevisionDiff.Area.TOOLS, RevisionDiff.Kind.ADDED, "Grafana", null),
            tuple(
                RevisionDiff.Area.SCORECARD,
                RevisionDiff.Kind.CHANGED,
                "Debugging",
                "anchor \"Exceeds bar\" reworded"),
            tuple(
                RevisionDiff.Area.CAREER_PATH,
                RevisionDiff.Kind.ADDED,
                "Next roles: Head of Reliability",
                null));
    List<RevisionView> history = run(s -> s.blueprints().revisions(HR, id));
    assertThat(history)
        .extracting(RevisionView::revision, RevisionView::status, RevisionView::sourceFile)
        .containsExactly(
            tuple(1, BlueprintStatus.DRAFT, "v1.json"), tuple(2, BlueprintStatus.DRAFT, "v2.json"));
  }

  @Test
  void skillsWordedDifferentlyLinkToOneCompetency() {
    TestBlueprintDocument other = new TestBlueprintDocument();
    other.title = "Senior Platform Engineer";
    other.skills.set(
        1,
        new TestBlueprintDocument.Skill(
            "Must-have",
            "Infrastructure-as-Code (IaC)",
            "Code, not consoles.",
            "Always",
            "Critical"));

    long a = importDocument(new TestBlueprintDocument().wordPressJson(), "a.json").blueprintId();
    long b = importDocument(other.wordPressJson(), "b.json").blueprintId();

    Long iacA = run(s -> s.blueprints().get(HR, a)).technicalSkills().get(1).competencyId();
    Long iacB = run(s -> s.blueprints().get(HR, b)).technicalSkills().get(1).competencyId();
    assertThat(iacA).isNotNull().isEqualTo(iacB);
    CompetencyView iac =
        run(s -> s.competencies().search(HR, "infrastructure", 0, 10)).items().get(0);
    assertThat(iac.name()).isEqualTo("Infrastructure as code");
    assertThat(iac.aliases()).containsExactly("Infrastructure-as-Code (IaC)");
    assertThat(iac.blueprintCount()).isEqualTo(2);
  }

  @Test
  void mergingCompetenciesRelinksEverySkillAndKeepsTheWording() {
    TestBlueprintDocument other = new TestBlueprintDocument();
    other.title = "Senior Platform Engineer";
    other.skills.set(
        0,
        new TestBlueprintDocument.Skill(
            "Must-have", "Incident handling", "Leads incidents.", "Outages", "Critical"));
    long a = importDocument(new TestBlueprintDocument().wordPressJson(), "a.json").blueprintId();
    long b = importDocument(other.wordPressJson(), "b.json").blueprintId();
    long response = run(s -> s.blueprints().get(HR, a)).technicalSkills().get(0).competencyId();
    long handling = run(s -> s.blueprints().get(HR, b)).technicalSkills().get(0).competencyId();

    var merged = run(s -> s.competencies().merge(HR, handling, response));

    assertThat(merged.relinkedSkills()).isEqualTo(1);
    assertThat(merged.into().aliases()).contains("Incident handling");
    assertThat(merged.into().blueprintCount()).isEqualTo(2);
    assertThat(run(s -> s.blueprints().get(HR, b)).technicalSkills().get(0).competencyId())
        .isEqualTo(response);
    assertThat(run(s -> s.competencies().search(HR, "handling", 0, 10)).items())
        .extracting(CompetencyView::id)
        .containsExactly(response);
    TestBlueprintDocument third = new TestBlueprintDocument();
    third.title = "Junior Operations Engineer";
    third.skills.set(
        0,
        new TestBlueprintDocument.Skill(
            "Must-have", "Incident handling", "Joins incidents.", "Outages", "Important"));
    long c = importDocument(third.wordPressJson(), "c.json").blueprintId();
    assertThat(run(s -> s.blueprints().get(HR, c)).technicalSkills().get(0).competencyId())
        .isEqualTo(response);
    assertThatThrownBy(() -> run(s -> s.competencies().merge(MANAGER, response, response)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void rejectsDocumentsWithoutABlueprintAndStoresNothing() {
    List<byte[]> bad =
        List.of(
            new byte[0],
            "hello".getBytes(StandardCharsets.UTF_8),
            "{\"title\": {\"rendered\": \"x\"}, \"content\": ".getBytes(StandardCharsets.UTF_8),
            "[1, 2, 3]".getBytes(StandardCharsets.UTF_8),
            "<html><body><h1>Lentil soup</h1><p>Boil lentils.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8),
            new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 7});
    for (byte[] document : bad) {
      assertThatThrownBy(() -> importDocument(document, "bad.bin"))
          .isInstanceOf(RejectedDocumentException.class)
          .hasMessageStartingWith("bad.bin: ");
    }
    byte[] huge = new byte[11 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'a');
    assertThatThrownBy(() -> importDocument(huge, "huge.txt"))
        .isInstanceOf(TooLargeException.class)
        .hasMessage("huge.txt is 11 MB; a blueprint document may be at most 10 MB.");
    assertThatThrownBy(
            () ->
                run(
                    s ->
                        s.imports()
                            .importDocument(
                                MANAGER, new TestBlueprintDocument().wordPressJson(), "x.json")))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(count("role_blueprint")).isZero();
    assertThat(count("competency")).isZero();
    assertThat(count("audit_event")).isZero();
  }

  @Test
  void importsAZipDocumentByDocument() throws IOException {
    TestBlueprintDocument other = new TestBlueprintDocument();
    other.title = "Senior Platform Engineer";
    byte[] zip =
        zip(
            new Object[] {"roles/sre.json", new TestBlueprintDocument().wordPressJson()},
            new Object[] {
              "roles/notes.txt", "Shopping list: milk".getBytes(StandardCharsets.UTF_8)
            },
            new Object[] {"__MACOSX/roles/._sre.json", new byte[] {1}},
            new Object[] {"roles/platform.json", other.wordPressJson()});

    List<ImportResult> results = run(s -> s.imports().importZip(HR, zip, "roles.zip"));

    assertThat(results)
        .extracting(ImportResult::fileName, ImportResult::outcome)
        .containsExactly(
            tuple("roles/sre.json", ImportResult.Outcome.CREATED),
            tuple("roles/notes.txt", ImportResult.Outcome.FAILED),
            tuple("roles/platform.json", ImportResult.Outcome.CREATED));
    assertThat(results.get(1).error()).startsWith("notes.txt: not a blueprint document");
  }

  @Test
  void refusesAZipBombBeforeStoringAnything() throws IOException {
    byte[] bomb = zip(new Object[] {"bomb.txt", new byte[40 * 1024 * 1024]});

    assertThat(bomb.length).isLessThan(100 * 1024);
    assertThatThrownBy(() -> run(s -> s.imports().importZip(HR, bomb, "bomb.zip")))
        .isInstanceOf(TooLargeException.class)
        .hasMessage("bomb.zip: bomb.txt expands to more than 10 MB, the most a document may be.");
    assertThatThrownBy(
            () ->
                run(
                    s ->
                        s.imports()
                            .importZip(HR, "not a zip".getBytes(StandardCharsets.UTF_8), "x.zip")))
        .isInstanceOf(RejectedDocumentException.class)
        .hasMessage("x.zip holds no documents (or is not a zip file).");
    assertThat(count("role_blueprint")).isZero();
  }

  @Test
  void publishingMakesTheDraftVisibleToManagersAndSupersedesTheOldRevision() {
    TestBlueprintDocument v2 = new TestBlueprintDocument();
    v2.summary = "Keeps the product available, fast and affordable.";
    long id = importDocument(new TestBlueprintDocument().wordPressJson(), "v1.json").blueprintId();
    run(s -> s.blueprints().publish(HR, id));
    importDocument(v2.wordPressJson(), "v2.json");

    assertThat(run(s -> s.blueprints().get(MANAGER, id)).revision()).isEqualTo(1);
    BlueprintView published = run(s -> s.blueprints().publish(HR, id));
    assertThat(published.revision()).isEqualTo(2);
    assertThat(run(s -> s.blueprints().get(MANAGER, id)).summary()).contains("affordable");
    List<RevisionView> history = run(s -> s.blueprints().revisions(MANAGER, id));
    assertThat(history)
        .extracting(RevisionView::status)
        .containsExactly(BlueprintStatus.SUPERSEDED, BlueprintStatus.PUBLISHED);
    assertThatThrownBy(() -> run(s -> s.blueprints().publish(HR, id)))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "Staff Reliability Engineer has no draft to publish: revision 2 is already published.");
  }

  @Test
  void hrEditsADraftAndAStaleEditIsRefused() {
    long id = importDocument(new TestBlueprintDocument().wordPressJson(), "v1.json").blueprintId();
    BlueprintView draft = run(s -> s.blueprints().get(HR, id));
    List<BlueprintEdit.SkillEdit> skills =
        draft.technicalSkills().stream()
            .map(s -> new BlueprintEdit.SkillEdit(s.tier(), s.importance()))
            .toList();
    List<BlueprintEdit.SkillEdit> edited = new java.util.ArrayList<>(skills);
    edited.set(
        2,
        new BlueprintEdit.SkillEdit(
            SkillTier.MUST_HAVE, org.cadre.domain.blueprint.Importance.CRITICAL));

    BlueprintView after =
        run(
            s ->
                s.blueprints()
                    .editDraft(
                        HR,
                        id,
                        new BlueprintEdit(
                            draft.version(),
                            "Staff Site Reliability Engineer",
                            "Engineering",
                            draft.level(),
                            draft.track(),
                            edited)));

    assertThat(after.title()).isEqualTo("Staff Site Reliability Engineer");
    assertThat(after.family()).isEqualTo("Engineering");
    assertThat(after.technicalSkills().get(2).tier()).isEqualTo(SkillTier.MUST_HAVE);
    assertThat(after.technicalSkills().get(2).importanceText()).isEqualTo("Critical");
    assertThat(after.version()).isGreaterThan(draft.version());
    assertThatThrownBy(
            () ->
                run(
                    s ->
                        s.blueprints()
                            .editDraft(
                                HR,
                                id,
                                new BlueprintEdit(
                                    draft.version(), "Other", null, null, null, skills))))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith("Someone else changed this blueprint since you opened it");
  }

  private static byte[] zip(Object[]... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Object[] entry : entries) {
        zip.putNextEntry(new ZipEntry((String) entry[0]));
        zip.write((byte[]) entry[1]);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
