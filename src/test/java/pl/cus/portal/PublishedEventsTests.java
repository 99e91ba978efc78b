package pl.cus.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.EventTypes;
import pl.cus.portal.shared.PublishedEvents;
import tools.jackson.databind.json.JsonMapper;

/** Every event record in the code is published by its module's list, so other modules can read it (decision 0024). */
class PublishedEventsTests {

    private static final com.tngtech.archunit.core.domain.JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("pl.cus.portal");

    private static List<PublishedEvents> lists() throws ReflectiveOperationException {
        List<PublishedEvents> lists = new ArrayList<>();
        for (JavaClass type : CODE) {
            if (type.isAssignableTo(PublishedEvents.class) && !type.isInterface()) {
                lists.add((PublishedEvents)
                        type.reflect().getDeclaredConstructor().newInstance());
            }
        }
        return lists;
    }

    @Test
    void everyEventRecordInTheCodeIsRegistered() throws ReflectiveOperationException {
        Set<String> events = CODE.stream()
                .filter(type -> type.isAssignableTo(DomainEvent.class) && !type.isInterface())
                .map(type -> DomainEvent.typeName(type.reflect().asSubclass(DomainEvent.class)))
                .collect(Collectors.toSet());

        assertThat(events).hasSizeGreaterThan(30);
        assertThat(new EventTypes(lists(), JsonMapper.builder().build()).names())
                .containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void eachModuleListsOnlyRecordsOfItsOwnRootPackage() throws ReflectiveOperationException {
        for (PublishedEvents list : lists()) {
            assertThat(list.types()).as(list.getClass().getName()).isNotEmpty().allSatisfy(type -> {
                assertThat(type.isRecord()).as(type.getName()).isTrue();
                assertThat(type.getPackageName())
                        .as(type.getName())
                        .isEqualTo(list.getClass().getPackageName());
            });
        }
    }

    @Test
    void theListsAreBeansInTheirModulesRootPackages() {
        List<JavaClass> lists = CODE.stream()
                .filter(type -> type.isAssignableTo(PublishedEvents.class) && !type.isInterface())
                .toList();
        assertThat(lists)
                .extracting(JavaClass::getSimpleName)
                .containsExactlyInAnyOrder(
                        "AssistanceEvents",
                        "CatalogueEvents",
                        "DeadlineEvents",
                        "IdentityEvents",
                        "IntakeEvents",
                        "PlanEvents");
        assertThat(lists).allSatisfy(type -> {
            assertThat(type.isAnnotatedWith(org.springframework.stereotype.Component.class))
                    .as(type.getName())
                    .isTrue();
            assertThat(type.getModifiers()).contains(JavaModifier.PUBLIC);
            assertThat(type.getPackageName().split("\\.")).hasSize(4);
        });
    }
}
