package pl.cus.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleIdentifier;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(CusPortal.class);

    /** Only the declared dependencies (each module's package-info.java), no cycle, no access to another's internals. */
    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** Every module declares what it may depend on, and the calendar depends on nothing (decision 0024). */
    @Test
    void everyModuleDeclaresItsDependenciesAndTheCalendarHasNone() throws ReflectiveOperationException {
        Object undeclared = org.springframework.modulith.ApplicationModule.class
                .getMethod("allowedDependencies")
                .getDefaultValue();
        for (ApplicationModule module : MODULES) {
            var declaration = Class.forName(module.getBasePackage().getName() + ".package-info")
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class);
            assertThat(declaration).as(module.getIdentifier().toString()).isNotNull();
            assertThat(declaration.allowedDependencies())
                    .as(module.getIdentifier().toString())
                    .isNotEqualTo(undeclared);
        }
        assertThat(dependencies("calendar")).isEmpty();
        assertThat(dependencies("intake")).doesNotContain("deadlines", "notifications", "plans");
    }

    private static java.util.List<String> dependencies(String module) {
        return MODULES.getModuleByName(module)
                .orElseThrow()
                .getDirectDependencies(MODULES)
                .uniqueModules()
                .map(ApplicationModule::getIdentifier)
                .map(ApplicationModuleIdentifier::toString)
                .toList();
    }

    /** The module documentation in docs/modules: diagrams (PlantUML) and one canvas per module (Asciidoc). */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
    }
}
