package dev.atlanspring.test;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Finds {@link AutoConfigureEmbeddedAtlan} on a test class (or an enclosing class of a {@code @Nested} one) and
 * adds the {@link EmbeddedAtlanContextCustomizer} it asks for. Registered in {@code META-INF/spring.factories}.
 */
class EmbeddedAtlanContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        AutoConfigureEmbeddedAtlan annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
                AutoConfigureEmbeddedAtlan.class);
        if (annotation == null) {
            return null;
        }
        return new EmbeddedAtlanContextCustomizer(List.of(annotation.tenants()), annotation.defaultClient(),
                annotation.seedDemoCatalog());
    }

}
