package com.switchboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.switchboard.api.dto.ApiOperation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

    /** Every operation is a request type with its one handler, a method of an {@code @ApiService} class. */
    @ArchTest
    static final ArchRule every_operation_has_exactly_one_handler = classes().that()
            .areAnnotatedWith(ApiOperation.class).should(new ArchCondition<JavaClass>("have exactly one handler") {
                @Override
                public void check(JavaClass request, ConditionEvents events) {
                    long handlers = request.getMethodsWithParameterTypeOfSelf().stream()
                            .filter(m -> m.getOwner().isAnnotatedWith("com.switchboard.api.ApiService"))
                            .filter(m -> m.getRawParameterTypes().get(0).equals(request))
                            .count();
                    if (handlers != 1) {
                        events.add(SimpleConditionEvent.violated(request,
                                request.getSimpleName() + " has " + handlers + " handlers"));
                    }
                }
            });

    /**
     * The API's routes come from the operation registry alone: besides sign-in and the metadata pages
     * (and the pre-defined routes that dispatch to the registry), nothing in the API maps routes.
     */
    @ArchTest
    static final ArchRule routes_are_declared_by_operations_only = noClasses().that()
            .resideInAPackage("com.switchboard.api..")
            .and().doNotHaveSimpleName("AuthApi").and().doNotHaveSimpleName("MetadataPages")
            .and().doNotHaveSimpleName("PredefinedRoutes")
            .should().beAnnotatedWith(RestController.class).orShould().beAnnotatedWith(Controller.class)
            .orShould().beAnnotatedWith(RequestMapping.class);

    @ArchTest
    static final ArchRule views_are_package_private = classes().that().resideInAPackage("..ui..")
            .and().haveSimpleNameEndingWith("View").should().notBePublic();
}
