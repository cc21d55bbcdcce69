package dev.atlanspring.client.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes the id each logical call sends as {@code X-Atlan-Request-Id}: a random (version 4) UUID, as the SDKs send.
 * It only tells calls apart in logs and traces, so it comes from {@link ThreadLocalRandom} rather than from
 * {@link UUID#randomUUID()}, whose one {@code SecureRandom} every calling thread would otherwise share.
 */
final class RequestIds {

    private RequestIds() {
    }

    /**
     * Returns a new request id.
     * @return a random version 4 UUID, such as {@code 3f2c1a9e-7b4d-4e21-9a0c-5d6e7f8a9b0c}
     */
    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // The version (4) and the IETF variant bits, as UUID.randomUUID() sets them.
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & ~(0xC000000000000000L)) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

}
