package dev.atlanspring.client;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AtlanTag;
import dev.atlanspring.client.http.AtlanJsonRuntimeHints;
import dev.atlanspring.client.typedef.TypeDef;
import dev.atlanspring.client.user.AtlanGroup;
import dev.atlanspring.client.user.AtlanUser;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A native image of a user's application reads and writes the client's JSON models by reflection: Spring's AOT
 * processing finds the client's hints through {@code META-INF/spring/aot.factories}, and they cover the models and
 * the envelopes Atlan's answers come in.
 */
class AtlanJsonRuntimeHintsTests {

    @Test
    void aotProcessingFindsTheHints() {
        assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
            .load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(AtlanJsonRuntimeHints.class);
    }

    @Test
    void theJsonModelsAndTheirEnvelopesMayBeReadByReflection() throws ClassNotFoundException {
        RuntimeHints hints = new RuntimeHints();
        new AtlanJsonRuntimeHints().registerHints(hints, getClass().getClassLoader());

        for (Class<?> model : new Class<?>[] { Asset.class, AtlanTag.class, TypeDef.class, AtlanUser.class,
                AtlanGroup.class, Class.forName("dev.atlanspring.client.asset.AssetJson$EntityResponse"),
                Class.forName("dev.atlanspring.client.asset.AssetJson$MutationResponse"),
                Class.forName("dev.atlanspring.client.search.SearchPaging$SearchResponse"),
                Class.forName("dev.atlanspring.client.typedef.TypeDefsEnvelope"),
                Class.forName("dev.atlanspring.client.user.UserPage") }) {
            assertThat(RuntimeHintsPredicates.reflection().onType(model)).as(model.getName()).accepts(hints);
            assertThat(RuntimeHintsPredicates.reflection().onType(model)
                .withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as(model.getName()).accepts(hints);
        }
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(AtlanUser.class, "username"))
            .accepts(hints);
    }

}
