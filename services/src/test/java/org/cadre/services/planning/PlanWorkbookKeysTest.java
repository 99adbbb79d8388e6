package org.cadre.services.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.cadre.domain.blueprint.Level;
import org.cadre.domain.planning.SeatKey;
import org.junit.jupiter.api.Test;

/** The hidden key of a plan workbook row reads back as the seat it was written for. */
class PlanWorkbookKeysTest {

  @Test
  void aKeyReadsBackAsItsSeat() {
    SeatKey senior = new SeatKey("ENG-PLAT-SRE", 12, Level.SENIOR);
    SeatKey anyLevel = new SeatKey("ENG-PLAT-SRE", 12, null);
    assertThat(PlanWorkbookRows.seat(senior.text())).isEqualTo(senior);
    assertThat(PlanWorkbookRows.seat(anyLevel.text())).isEqualTo(anyLevel);
  }

  @Test
  void aKeyCadreDidNotWriteIsNone() {
    assertThat(PlanWorkbookRows.seat("ENG-PLAT-SRE/12")).isNull();
    assertThat(PlanWorkbookRows.seat("ENG-PLAT-SRE/twelve/SENIOR")).isNull();
    assertThat(PlanWorkbookRows.seat("ENG-PLAT-SRE/12/GURU")).isNull();
    assertThat(PlanWorkbookRows.seat("/12/SENIOR")).isNull();
    assertThat(PlanWorkbookRows.seat("=1+1")).isNull();
  }
}
