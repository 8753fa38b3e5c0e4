package eu.ondernemerscheck.security.matrix;

import com.vaadin.flow.router.Route;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.Comparator;
import java.util.List;

/** Every {@code @Route} class of the application, found on the class path, so a new view cannot be missed. */
final class RouteInventory {

    record DiscoveredRoute(String template, Class<?> view) {
        @Override
        public String toString() {
            return template;
        }
    }

    private RouteInventory() {
    }

    static List<DiscoveredRoute> all() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("eu.ondernemerscheck").stream()
                .map(BeanDefinition::getBeanClassName)
                .map(name -> ClassUtils.resolveClassName(name, RouteInventory.class.getClassLoader()))
                .map(view -> new DiscoveredRoute("/" + view.getAnnotation(Route.class).value(), view))
                .sorted(Comparator.comparing(DiscoveredRoute::template))
                .toList();
    }
}
