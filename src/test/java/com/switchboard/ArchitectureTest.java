package com.switchboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** The package-by-feature rules: who may use what. */
@AnalyzeClasses(packages = "com.switchboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_cycles =
            slices().matching("com.switchboard.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_never_touch_repositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule the_api_never_touches_repositories = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule the_domain_does_not_know_the_ui_or_the_wire = noClasses().that()
            .resideInAnyPackage("com.switchboard.customer", "com.switchboard.account", "com.switchboard.schedule",
                    "com.switchboard.security", "com.switchboard.base.domain", "com.switchboard.customer.live")
            .and().haveSimpleNameNotEndingWith("Configuration")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.switchboard.api..", "com.vaadin..");

    @ArchTest
    static final ArchRule wire_types_are_separate_from_the_domain = noClasses().that()
            .resideInAPackage("com.switchboard.api.dto").should().dependOnClassesThat()
            .resideInAnyPackage("com.switchboard.customer..", "com.switchboard.account..",
                    "com.switchboard.schedule..", "com.switchboard.security..");

    @ArchTest
    static final ArchRule views_are_package_private = classes().that().resideInAPackage("..ui..")
            .and().haveSimpleNameEndingWith("View").should().notBePublic();
}
