package dev.atlanspring.sample;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.user.AtlanUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Says at start-up whom the app is connected to Atlan as, and reads one asset by qualified name. A failure is
 * reported, not fatal: the app still serves its endpoints and health.
 */
@Component
class StartupReport implements ApplicationRunner {

    private static final Logger logger = LoggerFactory.getLogger(StartupReport.class);

    private final AtlanClient atlan;

    private final SampleProperties properties;

    StartupReport(AtlanClient atlan, SampleProperties properties) {
        this.atlan = atlan;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            AtlanUser user = this.atlan.users().current();
            logger.info("Connected to Atlan at {} as {} ({})", this.atlan.baseUrl(), user.username(),
                    user.displayName());
            Asset asset = this.atlan.assets()
                .getByQualifiedName(this.properties.startupAssetTypeName(), this.properties.startupAssetQualifiedName());
            logger.info("Read {} '{}' by qualified name {}: GUID {}, try GET /catalog/assets/{}", asset.typeName(),
                    asset.name(), asset.qualifiedName(), asset.guid(), asset.guid());
        }
        catch (AtlanException ex) {
            logger.warn("Could not talk to Atlan at {}: {}", this.atlan.baseUrl(), ex.getMessage());
        }
    }

}
