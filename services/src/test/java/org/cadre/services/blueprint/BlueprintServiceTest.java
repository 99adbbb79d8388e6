package org.cadre.services.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.domain.blueprint.Track;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.access.Caller;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.PageView;
import org.cadre.services.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class BlueprintServiceTest {

  private static final Caller HR = new Caller("hr", Set.of(Role.HR));
  private static final Caller MANAGER = new Caller("manager", Set.of(Role.MANAGER));
  private static final Caller NOBODY = new Caller("nobody", Set.of());

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;
  private long published;
  private long draft;

  @BeforeEach
  void library() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    published = store("Senior Data Engineer", "Data", true);
    draft = store("Draft Analyst", "Data", false);
    store("Engineering Manager", "Engineering", true);
  }

  @AfterEach
  void close() {
    jpa.close();
  }

  private long store(String title, String family, boolean publish) {
    return jpa.inTransaction(
        em -> {
          RoleBlueprint blueprint =
              RoleBlueprint.draft(
                  BlueprintContent.of(
                      title,
                      family,
                      Level.SENIOR,
                      Track.INDIVIDUAL_CONTRIBUTOR,
                      title + " summary",
                      List.of(
                          new TechnicalSkill(
                              SkillTier.MUST_HAVE,
                              "SQL",
                              "d",
                              "u",
                              Importance.CRITICAL,
                              "Critical"),
                          new TechnicalSkill(
                              SkillTier.EMERGING, "Feature stores", null, null, null, "Expert"))),
                  Instant.now());
          if (publish) {
            blueprint.publish(1, Instant.now());
          }
          new JpaRoleBlueprintRepository(em).store(blueprint);
          return blueprint.id();
        });
  }

  private <T> T service(Function<BlueprintService, T> call) {
    return jpa.inTransaction(em -> call.apply(Services.on(em).blueprints()));
  }

  @Test
  void hrSeesDraftsAndManagersSeePublishedBlueprintsOnly() {
    PageView<BlueprintSummaryView> forHr = service(s -> s.list(HR, BlueprintQuery.all(20)));
    PageView<BlueprintSummaryView> forManager =
        service(s -> s.list(MANAGER, BlueprintQuery.all(20)));

    assertThat(forHr.items())
        .extracting(BlueprintSummaryView::title)
        .containsExactly("Draft Analyst", "Engineering Manager", "Senior Data Engineer");
    assertThat(forManager.items())
        .extracting(BlueprintSummaryView::title)
        .containsExactly("Engineering Manager", "Senior Data Engineer");
    assertThat(service(s -> s.get(HR, draft)).status()).isEqualTo(BlueprintStatus.DRAFT);
    assertThatThrownBy(() -> service(s -> s.get(MANAGER, draft)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("There is no blueprint " + draft + " in the library.");
  }

  @Test
  void filtersSortsAndPages() {
    PageView<BlueprintSummaryView> page =
        service(s -> s.list(HR, new BlueprintQuery("engineer", null, "-title", 0, 1)));

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.totalPages()).isEqualTo(2);
    assertThat(page.items())
        .extracting(BlueprintSummaryView::title)
        .containsExactly("Senior Data Engineer");
    List<String> families = service(s -> s.families(HR));
    assertThat(families).containsExactly("Data", "Engineering");
  }

  @Test
  void explainsAWrongSortOrPageSize() {
    assertThatThrownBy(() -> new BlueprintQuery(null, null, "salary", 0, 20))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "sort: sort by one of title, family, level, status, with a leading - for descending order");
    assertThatThrownBy(() -> new BlueprintQuery(null, null, null, 0, 500))
        .hasMessage("size: page size must be between 1 and 200");
  }

  @Test
  void refusesCallersWithoutARole() {
    assertThatThrownBy(() -> service(s -> s.list(NOBODY, BlueprintQuery.all(20))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void givesTheProfileAsPdfAndTheLibraryAsAWorkbook() throws IOException {
    byte[] pdf = service(s -> s.profilePdf(MANAGER, published));
    byte[] xlsx = service(s -> s.libraryWorkbook(MANAGER, BlueprintQuery.all(20)));

    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = workbook.getSheet("Blueprints");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Senior Data Engineer");
      assertThat(sheet.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(1);
    }
  }
}
