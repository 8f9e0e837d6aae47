package vn.luanchuyen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Data flows one way: the packages and what each may import. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.luanchuyen");
    }

    @Test
    void modelDependsOnNothingButDiagnosticsPositions() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.luanchuyen.load..", "vn.luanchuyen.check..",
                        "vn.luanchuyen.derive..", "vn.luanchuyen.build..", "vn.luanchuyen.cli..", "vn.luanchuyen.site..",
                        "vn.luanchuyen.text..", "vn.luanchuyen.publish..", "org.yaml..", "com.ibm..", "picocli..")
                .check(classes);
    }

    @Test
    void onlyLoadReadsYaml() {
        noClasses().that().resideOutsideOfPackage("vn.luanchuyen.load..")
                .should().dependOnClassesThat().resideInAPackage("org.yaml..")
                .check(classes);
    }

    @Test
    void onlyCliUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("vn.luanchuyen.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void stepsDoNotDependOnLaterSteps() {
        noClasses().that().resideInAnyPackage("..load..", "..check..", "..derive..", "..publish..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.luanchuyen.build..", "vn.luanchuyen.cli..",
                        "vn.luanchuyen.site..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("vn.luanchuyen.(*)..").should().beFreeOfCycles().check(classes);
    }
}
