package org.cadre.services.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.cadre.services.imports.sheet.SheetLimits;
import org.junit.jupiter.api.Test;

/** Every import setting has its default once, and a value that is not a number is named. */
class ImportSettingsTest {

  @Test
  void withoutSettingsTheDefaultsApply() {
    ImportSettings settings = ImportSettings.of(Map.of());

    assertThat(settings.documentBytes()).isEqualTo(10L * 1024 * 1024);
    assertThat(settings.zipBytes()).isEqualTo(100L * 1024 * 1024);
    assertThat(settings.zipDocuments()).isEqualTo(500);
    assertThat(settings.zipExpandedBytes()).isEqualTo(300L * 1024 * 1024);
    assertThat(settings.limits()).isEqualTo(SheetLimits.DEFAULTS);
    assertThat(settings.apiWait()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.checkpointEvery()).isEqualTo(5000);
    assertThat(settings.lease()).isEqualTo(Duration.ofMinutes(10));
    assertThat(settings.serverId()).isEqualTo("cadre");
    assertThatThrownBy(settings::directory)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cadre.import.dir");
  }

  @Test
  void settingsGivenReplaceTheirDefaultsOnly() {
    ImportSettings settings =
        ImportSettings.of(
            Map.of(
                "cadre.import.zip.max-documents", "20",
                "cadre.import.sheet.max-rows", " 1000 ",
                "cadre.import.dir", "/var/cadre/imports",
                "cadre.server.id", "cadre-2"));

    assertThat(settings.zipDocuments()).isEqualTo(20);
    assertThat(settings.limits().maxRows()).isEqualTo(1000);
    assertThat(settings.limits().maxBytes()).isEqualTo(SheetLimits.DEFAULTS.maxBytes());
    assertThat(settings.directory()).isEqualTo(Path.of("/var/cadre/imports"));
    assertThat(settings.serverId()).isEqualTo("cadre-2");
    assertThat(settings.documentBytes()).isEqualTo(10L * 1024 * 1024);
  }

  @Test
  void aValueThatIsNotANumberIsNamed() {
    assertThatThrownBy(() -> ImportSettings.of(Map.of("cadre.import.wait-seconds", "soon")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("setting cadre.import.wait-seconds is \"soon\", which is not a number");
  }
}
