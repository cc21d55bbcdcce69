package dev.atlanspring.sample;

import dev.atlanspring.embedded.DemoCatalog;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the sample reads and writes: the demo catalog's names unless set, so that it can point at a real tenant.
 *
 * @param glossaryQualifiedName qualified name of the glossary new terms go into
 * @param startupAssetTypeName type of the asset read at start-up
 * @param startupAssetQualifiedName qualified name of the asset read at start-up
 */
@ConfigurationProperties("sample")
public record SampleProperties(@DefaultValue(DemoCatalog.GLOSSARY_QUALIFIED_NAME) String glossaryQualifiedName,
        @DefaultValue("Table") String startupAssetTypeName,
        @DefaultValue(DemoCatalog.ORDERS_TABLE_QUALIFIED_NAME) String startupAssetQualifiedName) {
}
