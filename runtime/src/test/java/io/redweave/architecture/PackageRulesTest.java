package io.redweave.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The package structure that docs/architecture.md describes, checked on the runtime's compiled
 * classes: no package cycle (io.redweave included), no internal type in what the API packages show
 * users, and Micrometer named by one optional class only.
 */
class PackageRulesTest {

    private static final JavaClasses RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.redweave");

    /** Every package its own slice, io.redweave itself included. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.startsWith("io.redweave") ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of io.redweave";
        }
    };

    /** The packages the module exports; io.redweave.internal.aspect is exported for woven code only. */
    private static final String[] API = {"io.redweave", "io.redweave.spring", "io.redweave.audit"};

    @Test
    void packages_formNoCycle() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(RUNTIME);
    }

    @Test
    void apiSignatures_nameNoInternalType() {
        members()
                .that()
                .arePublic()
                .or()
                .areProtected()
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .resideInAnyPackage(API)
                .should(nameNoInternalType())
                .check(RUNTIME);
        classes()
                .that()
                .arePublic()
                .and()
                .resideInAnyPackage(API)
                .should(extendNoInternalType())
                .check(RUNTIME);
    }

    @Test
    void micrometer_isNamedOnlyByRedweaveMeters() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("io.redweave.RedweaveMeters")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.micrometer..")
                .check(RUNTIME);
    }

    private static ArchCondition<JavaMember> nameNoInternalType() {
        return new ArchCondition<>("name no io.redweave.internal type in a signature") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                Set<JavaClass> named = new HashSet<>();
                if (member instanceof JavaField field) {
                    named.addAll(field.getType().getAllInvolvedRawTypes());
                } else if (member instanceof JavaCodeUnit code) {
                    named.addAll(code.getReturnType().getAllInvolvedRawTypes());
                    code.getParameterTypes().forEach(t -> named.addAll(t.getAllInvolvedRawTypes()));
                    code.getExceptionTypes().forEach(t -> named.addAll(t.getAllInvolvedRawTypes()));
                }
                named.stream()
                        .filter(c -> c.getPackageName().startsWith("io.redweave.internal"))
                        .forEach(c -> events.add(
                                SimpleConditionEvent.violated(member, member.getFullName() + " names " + c.getName())));
            }
        };
    }

    private static ArchCondition<JavaClass> extendNoInternalType() {
        return new ArchCondition<>("extend or implement no io.redweave.internal type") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getAllRawSuperclasses().stream()
                        .filter(c -> c.getPackageName().startsWith("io.redweave.internal"))
                        .forEach(c -> events.add(
                                SimpleConditionEvent.violated(type, type.getName() + " extends " + c.getName())));
                type.getAllRawInterfaces().stream()
                        .filter(c -> c.getPackageName().startsWith("io.redweave.internal"))
                        .forEach(c -> events.add(
                                SimpleConditionEvent.violated(type, type.getName() + " implements " + c.getName())));
            }
        };
    }
}
