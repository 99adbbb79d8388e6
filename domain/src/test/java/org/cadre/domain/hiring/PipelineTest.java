package org.cadre.domain.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

  private static PipelineStage s(String name, ReportingStage stage) {
    return new PipelineStage(name, stage);
  }

  @Test
  void theDefaultPipelineIsValidAndMapsEveryStage() {
    assertThat(Pipeline.problem(Pipeline.DEFAULT.stages())).isEmpty();
    assertThat(Pipeline.DEFAULT.names())
        .containsExactly("Applied", "Screen", "Technical interview", "Panel", "Offer", "Hired");
    assertThat(Pipeline.DEFAULT.indexOf("panel")).contains(3);
  }

  @Test
  void severalStagesMayReportAsOne() {
    List<PipelineStage> stages =
        List.of(
            s("Sourced", ReportingStage.APPLIED),
            s("Applied", ReportingStage.APPLIED),
            s("Take-home", ReportingStage.INTERVIEW),
            s("Pairing", ReportingStage.INTERVIEW),
            s("Offer", ReportingStage.OFFER),
            s("Hired", ReportingStage.HIRED));
    assertThat(Pipeline.problem(stages)).isEmpty();
  }

  @Test
  void brokenPipelinesAreRefusedWithTheRuleTheyBreak() {
    assertThat(
            Pipeline.problem(
                List.of(s("Screen", ReportingStage.SCREEN), s("Hired", ReportingStage.HIRED))))
        .hasValue("the first stage is reported as Applied");
    assertThat(
            Pipeline.problem(
                List.of(
                    s("Applied", ReportingStage.APPLIED),
                    s("Offer", ReportingStage.OFFER),
                    s("Screen", ReportingStage.SCREEN),
                    s("Hired", ReportingStage.HIRED))))
        .hasValueSatisfying(
            reason -> assertThat(reason).contains("\"Screen\" is reported as Screen"));
    assertThat(
            Pipeline.problem(
                List.of(s("Applied", ReportingStage.APPLIED), s("Hired", ReportingStage.HIRED))))
        .hasValue("a stage before Hired is reported as Offer, where offers are made");
    assertThat(
            Pipeline.problem(
                List.of(
                    s("Applied", ReportingStage.APPLIED),
                    s("applied", ReportingStage.SCREEN),
                    s("Offer", ReportingStage.OFFER),
                    s("Hired", ReportingStage.HIRED))))
        .hasValue("the stage \"applied\" is named twice");
  }
}
