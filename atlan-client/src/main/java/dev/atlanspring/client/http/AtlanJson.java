package dev.atlanspring.client.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper the client reads and writes Atlan's bodies with. The client owns it, rather than taking the
 * application's, so that an application's Jackson settings (a naming strategy, say) cannot change what is sent
 * to Atlan. It is immutable and thread-safe, so every client shares it.
 */
public final class AtlanJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
        .changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
        .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .build();

    private AtlanJson() {
    }

    /**
     * Returns the mapper.
     * @return the shared, immutable mapper
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

}
