package dev.atlanspring.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the sample reads and writes. {@code application.yml} sets them to names in the embedded demo catalog; set
 * them to names of your own to point the sample at a real tenant.
 *
 * @param glossaryQualifiedName qualified name of the glossary new terms go into
 * @param startupAssetTypeName type of the asset read at start-up
 * @param startupAssetQualifiedName qualified name of the asset read at start-up
 */
@ConfigurationProperties("sample")
public record SampleProperties(String glossaryQualifiedName, @DefaultValue("Table") String startupAssetTypeName,
        String startupAssetQualifiedName) {
}
