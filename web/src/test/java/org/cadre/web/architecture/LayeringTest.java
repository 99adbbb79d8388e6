package org.cadre.web.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md, checked on the compiled classes of every module.
 */
class LayeringTest {

  private static JavaClasses cadre;

  @BeforeAll
  static void importClasses() {
    cadre =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cadre");
  }

  @Test
  void theDomainKnowsNothingOfTheOtherModules() {
    noClasses()
        .that()
        .resideInAPackage("org.cadre.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.cadre.persistence..",
            "org.cadre.services..",
            "org.cadre.reports..",
            "org.cadre.web..",
            "jakarta.ws.rs..",
            "jakarta.faces..",
            "jakarta.servlet..",
            "jakarta.enterprise..")
        .check(cadre);
  }

  @Test
  void theWebSpeaksToServicesOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.cadre.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.cadre.persistence..",
            "org.cadre.reports..",
            "jakarta.persistence..",
            "jakarta.transaction..",
            "net.sf.jasperreports..",
            "org.apache.poi..")
        .check(cadre);
  }

  @Test
  void theWebNeverTouchesEntities() {
    noClasses()
        .that()
        .resideInAPackage("org.cadre.web..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(Entity.class)
        .check(cadre);
  }

  @Test
  void noReportEngineTypeLeavesTheReportsModule() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.cadre.reports..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("net.sf.jasperreports..")
        .check(cadre);
  }

  @Test
  void reportsAndPersistenceDoNotReachUpwards() {
    noClasses()
        .that()
        .resideInAnyPackage("org.cadre.reports..", "org.cadre.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.cadre.services..", "org.cadre.web..")
        .check(cadre);
  }

  @Test
  void webFeaturesShareOnlyTheApiThePortalAndSecurity() {
    slices()
        .matching("org.cadre.web.(*)..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(
            alwaysTrue(),
            resideInAnyPackage(
                "org.cadre.web.api..", "org.cadre.web.portal..", "org.cadre.web.security.."))
        .check(cadre);
  }
}
