package org.cadre.services.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.reporting.ReportRequest;
import org.cadre.domain.reporting.UnitDetail;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.reports.pdf.FilledReport;
import org.cadre.reports.workforce.PackLabels;
import org.cadre.reports.workforce.WorkforcePack;
import org.cadre.reports.workforce.WorkforcePackPdf;
import org.cadre.reports.workforce.WorkforcePackWorkbook;
import org.cadre.services.demo.DemoFixture;
import org.cadre.services.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo organisation's packs, kept with every page drawn in {@code target/demo-pack/} to be
 * looked at: the whole organisation with team pages in English, the Platform department's growth
 * scenario in German, and the Excel twin opened with POI.
 */
class DemoPackPagesTest {

  private static final Path PAGES = Path.of("target", "demo-pack");

  private static JpaTestContext jpa;
  private static Quarter first;

  @BeforeAll
  static void loadDemo() {
    jpa = JpaTestContext.open(TestDatabases.fresh(DatabaseKind.H2));
    DemoFixture.load(jpa, true);
    first = Quarter.containing(LocalDate.now());
  }

  @AfterAll
  static void closeDatabase() {
    jpa.close();
  }

  /** The pack as the server makes it: the command read as a request is, then assembled. */
  private static WorkforcePack pack(
      String unit, String scenario, UnitDetail detail, PackLabels labels) {
    WorkforcePackCommand command =
        new WorkforcePackCommand(
            null,
            unit,
            first.toString(),
            first.next().next().next().toString(),
            scenario,
            detail.name().toLowerCase(Locale.ROOT),
            "pdf",
            labels.locale().getLanguage());
    return jpa.inTransaction(
        em -> {
          Services services = Services.on(em);
          ReportRequest request = services.packRequests().read(command);
          return services.workforcePacks().assemble(WorkforcePackAssemblerTest.HR, request, labels);
        });
  }

  private static byte[] draw(WorkforcePack pack, PackLabels labels, Path folder)
      throws IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try (FilledReport report = WorkforcePackPdf.fill(pack, labels, null, page -> {})) {
      report.writePdf(pdf, page -> {});
    }
    Files.createDirectories(folder);
    Files.write(folder.resolve("pack.pdf"), pdf.toByteArray());
    try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        ImageIO.write(
            renderer.renderImageWithDPI(page, 80),
            "png",
            folder.resolve(String.format("page-%03d.png", page + 1)).toFile());
      }
    }
    return pdf.toByteArray();
  }

  @Test
  void theWholeOrganisationWithTeamPagesIsDrawnPageByPage() throws IOException {
    PackLabels english = PackLabels.of(Locale.ENGLISH);
    WorkforcePack pack = pack(null, "baseline", UnitDetail.TEAMS, english);

    byte[] pdf = draw(pack, english, PAGES.resolve("organisation-en"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(28 + 8);
      assertThat(new PDFTextStripper().getText(document))
          .contains("Whole organisation", "Customer Support Specialist", "Field Service Technician")
          .contains("Page " + document.getNumberOfPages() + " of " + document.getNumberOfPages());
    }
  }

  @Test
  void thePlatformGrowthScenarioIsDrawnInGerman() throws IOException {
    PackLabels german = PackLabels.of(Locale.GERMAN);
    WorkforcePack pack = pack("ENG-PLAT", "platform-growth", UnitDetail.TEAMS, german);

    byte[] pdf = draw(pack, german, PAGES.resolve("platform-growth-de"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Szenariovergleich", "platform-growth", "Personalbrücke");
    }
  }

  @Test
  void theExcelTwinOpensWithEverySectionAsASheet() throws IOException {
    PackLabels english = PackLabels.of(Locale.ENGLISH);
    WorkforcePack pack = pack(null, "baseline", UnitDetail.TEAMS, english);

    byte[] workbook = WorkforcePackWorkbook.render(pack, english);
    Files.createDirectories(PAGES);
    Files.write(PAGES.resolve("organisation-en.xlsx"), workbook);

    try (XSSFWorkbook opened = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      assertThat(opened.getSheet("Unit pages").getLastRowNum())
          .isEqualTo(pack.unitPages().size() * 4);
      assertThat(opened.getSheet("Units").getRow(1).getCell(0).getStringCellValue())
          .contains("Data");
    }
  }
}
