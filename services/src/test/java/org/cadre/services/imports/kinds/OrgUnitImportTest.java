package org.cadre.services.imports.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cadre.domain.imports.ImportProblem;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.services.imports.FileCheck;
import org.cadre.services.imports.ImportPlan;
import org.cadre.services.imports.sheet.SheetLimits;
import org.junit.jupiter.api.Test;

/** The org unit import's rules over a whole file: forward parents, cycles, write order. */
class OrgUnitImportTest {

  private static final OrgUnitRecord STORED =
      new OrgUnitRecord("ENG", "Engineering", OrgUnitKind.DIVISION, null, null, null);

  private static ImportPlan<OrgUnitRecord> check(String csv) {
    ReferenceData data =
        new ReferenceData(
            Map.of("ENG", STORED),
            Map.of(),
            Map.of(),
            List.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            List.of());
    return FileCheck.of(
            new OrgUnitImport(),
            data,
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            "units.csv",
            SheetLimits.DEFAULTS,
            rows -> {})
        .plan();
  }

  @Test
  void aParentFurtherDownTheFileIsFoundAndWrittenFirst() {
    ImportPlan<OrgUnitRecord> plan =
        check(
            "Code,Name,Kind,Parent code\n"
                + "ENG-PLAT-SRE,SRE,Team,ENG-PLAT\n"
                + "ENG-PLAT,Platform,Department,ENG\n"
                + "ENG,Engineering,Division,\n");

    assertThat(plan.problems()).isEmpty();
    assertThat(plan.changes())
        .extracting(change -> change.record().code() + " " + change.action())
        .containsExactlyInAnyOrder("ENG-PLAT-SRE CREATE", "ENG-PLAT CREATE", "ENG UNCHANGED");
  }

  @Test
  void aCycleThroughStoredAndNewUnitsRejectsEveryUnitOnIt() {
    ImportPlan<OrgUnitRecord> plan =
        check(
            "Code,Name,Kind,Parent code\n"
                + "ENG,Engineering,Division,OPS\n"
                + "OPS,Operations,Division,ENG\n"
                + "HR,People,Division,\n");

    assertThat(plan.problems())
        .extracting(ImportProblem::message)
        .containsExactly(
            "Row 2, column \"Parent code\": the parents form a cycle: ENG > OPS > ENG",
            "Row 3, column \"Parent code\": the parents form a cycle: OPS > ENG > OPS");
    assertThat(plan.changes()).extracting(change -> change.record().code()).containsExactly("HR");
    assertThat(plan.counts(true).skipped()).isEqualTo(2);
  }

  @Test
  void aChildOfAnInvalidParentRowCannotBeImportedEither() {
    ImportPlan<OrgUnitRecord> plan =
        check("Code,Name,Kind,Parent code\n" + "NEW,New,Squad,ENG\n" + "NEW-T,New team,Team,NEW\n");

    assertThat(plan.problems())
        .extracting(ImportProblem::message)
        .containsExactly(
            "Row 2, column \"Kind\": \"Squad\" is not a unit kind: use Division, Department or"
                + " Team",
            "Row 3, column \"Parent code\": the parent NEW on row 2 cannot be imported");
    assertThat(plan.changes()).isEmpty();
  }
}
