package dev.switchboard.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.EventCatalog;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * What a contract module's catalog must hold: every event record of its package, and a registration consumers
 * find. An event left out would reach every consumer as an unknown type and be ignored.
 */
public final class EventCatalogCheck {

    private EventCatalogCheck() {
    }

    public static void check(EventCatalog catalog) {
        assertThat(ServiceLoader.load(EventCatalog.class).stream().map(ServiceLoader.Provider::type))
                .as("META-INF/services registration of %s", catalog.getClass().getSimpleName())
                .contains(catalog.getClass());
        Set<Class<?>> listed = Set.copyOf(catalog.events());
        assertThat(listed).as("events listed by %s", catalog.getClass().getSimpleName())
                .containsExactlyInAnyOrderElementsOf(eventRecordsBeside(catalog.getClass()));
    }

    private static Set<Class<?>> eventRecordsBeside(Class<?> catalogClass) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            {
                addIncludeFilter(new AssignableTypeFilter(DomainEvent.class));
            }

            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        return scanner.findCandidateComponents(catalogClass.getPackageName()).stream()
                .map(definition -> load(definition.getBeanClassName()))
                .collect(Collectors.toSet());
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
