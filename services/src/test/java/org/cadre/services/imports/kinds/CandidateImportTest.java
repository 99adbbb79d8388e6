package org.cadre.services.imports.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cadre.domain.hiring.CandidateDetails;
import org.cadre.domain.hiring.CandidateRecord;
import org.cadre.domain.hiring.CandidateSource;
import org.cadre.domain.imports.ImportProblem;
import org.cadre.services.imports.FileCheck;
import org.cadre.services.imports.ImportPlan;
import org.cadre.services.imports.sheet.SheetLimits;
import org.junit.jupiter.api.Test;

/** The candidate import's rules: duplicates in the file and with stored candidates, the details. */
class CandidateImportTest {

  private static final CandidateRecord ANA =
      new CandidateRecord(
          7L,
          new CandidateDetails(
              "Ana", "Silva", "ana.silva@example.com", null, CandidateSource.REFERRAL, null, null));
  private static final CandidateRecord BO =
      new CandidateRecord(
          8L,
          new CandidateDetails(
              "Bo",
              "Lind",
              "bo@example.com",
              "+46 70 123 45 67",
              CandidateSource.AGENCY,
              null,
              null));

  private static ImportPlan<CandidateRecord> check(String csv) {
    ReferenceData data =
        new ReferenceData(
            Map.of(),
            Map.of(),
            Map.of(),
            List.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            List.of(ANA, BO));
    return FileCheck.of(
            new CandidateImport(),
            data,
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            "fair.csv",
            SheetLimits.DEFAULTS,
            rows -> {})
        .plan();
  }

  @Test
  void newPeopleAreCreatedAndKnownOnesUpdatedWithWhatTheRowAdds() {
    ImportPlan<CandidateRecord> plan =
        check(
            "Given name,Family name,Email,Phone,Source\n"
                + "Cy,Moreau,cy@example.com,,Job fair\n"
                + "Ana,Silva,ANA.SILVA@example.com,+351 912 345 678,Job fair\n"
                + "Bo,Lind,,070-123 45 67,Agency\n");

    assertThat(plan.problems()).isEmpty();
    assertThat(plan.changes())
        .extracting(
            c ->
                c.record().details().givenName()
                    + " "
                    + c.action()
                    + " "
                    + c.record().candidateId())
        .containsExactly("Cy CREATE null", "Ana UPDATE 7", "Bo UNCHANGED 8");
    CandidateDetails ana = List.copyOf(plan.changes()).get(1).record().details();
    assertThat(ana.phone()).isEqualTo("+351 912 345 678");
    assertThat(ana.email())
        .as("the stored email written another way")
        .isEqualTo("ana.silva@example.com");
    assertThat(ana.source()).isEqualTo(CandidateSource.JOB_FAIR);
  }

  @Test
  void theSameFileTwiceChangesNothingTheSecondTime() {
    ImportPlan<CandidateRecord> plan =
        check("Given name,Family name,Email,Source\nAna,Silva,ana.silva@example.com,Referral\n");

    assertThat(plan.changes()).extracting(c -> c.action().name()).containsExactly("UNCHANGED");
  }

  @Test
  void badRowsAreRefusedNamingRowColumnAndReason() {
    ImportPlan<CandidateRecord> plan =
        check(
            "Given name,Family name,Email,Phone,Source,Employee number\n"
                + "Dee,Rossi,dee@example.com,,Billboard,\n"
                + "Eve,Novak,not-an-email,,Referral,\n"
                + "Fay,Ueda,,,Referral,\n"
                + "Gus,Varga,gus@example.com,,Referral,E404\n"
                + "Hal,Weber,hal@example.com,,Referral,\n"
                + "Hal,Weber,HAL@example.com,,Referral,\n");

    assertThat(plan.problems())
        .extracting(ImportProblem::message)
        .containsExactly(
            "Row 2, column \"Source\": \"Billboard\" is not a source: use one of Careers site, Job"
                + " board, Referral, Agency, Job fair, Social media, Internal, Other",
            "Row 3, column \"Email\": is not an email address",
            "Row 4, column \"Email\": give an email or a phone number",
            "Row 5, column \"Employee number\": no employee has the number E404",
            "Row 7, column \"Email\": row 6 is the same person (the same email)");
    assertThat(plan.changes())
        .extracting(c -> c.record().details().givenName())
        .containsExactly("Hal");
  }

  @Test
  void twoRowsWithTheSameNameAndPhoneAreOnePersonAndTheSecondIsRefused() {
    ImportPlan<CandidateRecord> plan =
        check(
            "Given name,Family name,Email,Phone,Source\n"
                + "Ida,Berg,ida@example.com,+46 70 555 12 12,Job fair\n"
                + "ida,BERG,ida.berg@example.org,070-555 12 12,Job fair\n"
                + "Ida,Berg,,+46 70 999 00 00,Job fair\n");

    assertThat(plan.problems())
        .extracting(ImportProblem::message)
        .containsExactly(
            "Row 3, column \"Phone\": row 2 is the same person (the same name and phone)");
    assertThat(plan.changes())
        .extracting(c -> c.record().details().phone() + " " + c.action())
        .as("the same name with another phone is another person")
        .containsExactly("+46 70 555 12 12 CREATE", "+46 70 999 00 00 CREATE");
  }

  @Test
  void aRowMatchingTwoKnownCandidatesIsRefused() {
    ImportPlan<CandidateRecord> plan =
        check(
            "Given name,Family name,Email,Phone,Source\n"
                + "Bo,Lind,ana.silva@example.com,+46 70 123 45 67,Referral\n");

    assertThat(plan.problems())
        .extracting(ImportProblem::message)
        .containsExactly(
            "Row 2, column \"Email\": the email matches one candidate and the name and phone"
                + " another (7 and 8): merge them first");
  }
}
