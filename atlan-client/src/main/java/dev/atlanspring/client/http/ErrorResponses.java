package dev.atlanspring.client.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import dev.atlanspring.client.error.ApiException;
import dev.atlanspring.client.error.AtlanError;
import dev.atlanspring.client.error.AtlanErrorParser;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.error.AuthenticationException;
import dev.atlanspring.client.error.ConflictException;
import dev.atlanspring.client.error.InvalidRequestException;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.error.PermissionException;
import dev.atlanspring.client.error.RateLimitException;
import dev.atlanspring.client.error.RequestInfo;
import org.jspecify.annotations.Nullable;

/**
 * Turns an unsuccessful HTTP answer into the one {@link AtlanException} subclass its status calls for, with what
 * Atlan said and what the user should do.
 */
final class ErrorResponses {

    private final AtlanErrorParser parser;

    ErrorResponses(AtlanErrorParser parser) {
        this.parser = parser;
    }

    AtlanException toException(int status, byte[] body, @Nullable String retryAfterHeader, RequestInfo request) {
        AtlanError error = this.parser.parse(body);
        String said = error.summary();
        return switch (status) {
            case 400 -> new InvalidRequestException(or(said, "Atlan rejected the request as invalid"), status, error,
                    request, "Check the values sent; the causes Atlan listed say which one is wrong.", null);
            case 401 -> new AuthenticationException(or(said, "Atlan rejected the credentials"), status, error, request,
                    "Check that the API key is valid and has not expired or been revoked.", null);
            case 403 -> new PermissionException(or(said, "Atlan denied the operation"), status, error, request,
                    "Check that the API key's personas and purposes grant this operation; a grant made moments ago"
                            + " can take a few seconds to apply.",
                    null);
            case 404 -> new NotFoundException(or(said, "Atlan found nothing at this address"), status, error, request,
                    "Check the GUID, type name or qualified name, and that the base URL points at the tenant.", null);
            case 409 -> new ConflictException(or(said, "The change conflicts with the state in Atlan"), status, error,
                    request, "Read the asset again and repeat the change against its current state.", null);
            case 429 -> rateLimited(status, error, said, retryAfterHeader, request);
            default -> new ApiException(or(said, defaultProblem(status)), status, error, request, advice(status), null);
        };
    }

    private RateLimitException rateLimited(int status, AtlanError error, @Nullable String said,
            @Nullable String retryAfterHeader, RequestInfo request) {
        Duration retryAfter = parseRetryAfter(retryAfterHeader, Instant.now());
        String advice = "Atlan limits the requests each tenant takes; slow down"
                + ((retryAfter != null) ? " and wait " + retryAfter.toMillis() + " ms, as Atlan asked." : ".");
        return new RateLimitException(or(said, "Atlan rate-limited the call"), status, error, request, advice,
                retryAfter, null);
    }

    private static String defaultProblem(int status) {
        if (status >= 500) {
            return "Atlan failed to handle the call";
        }
        if (status >= 300 && status < 400) {
            return "Atlan answered with an unexpected redirect";
        }
        return "Atlan answered with an unexpected status";
    }

    private static String advice(int status) {
        if (status >= 500) {
            return "Try again later; if it persists, give Atlan support the request id.";
        }
        if (status >= 300 && status < 400) {
            return "Check that the base URL is the tenant's own URL (not a login or proxy page).";
        }
        return "Check the base URL and the request; give Atlan support the request id if it persists.";
    }

    private static String or(@Nullable String said, String fallback) {
        return (said != null) ? said : fallback;
    }

    /**
     * Reads a {@code Retry-After} header: a number of seconds or an HTTP date.
     * @param value the header's value
     * @param now the current time, for an HTTP date
     * @return the wait, never negative, or {@code null} when absent or unreadable
     */
    static @Nullable Duration parseRetryAfter(@Nullable String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            long seconds = Long.parseLong(trimmed);
            return Duration.ofSeconds(Math.max(0, seconds));
        }
        catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US))
                    .toInstant();
                Duration wait = Duration.between(now, at);
                return wait.isNegative() ? Duration.ZERO : wait;
            }
            catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    ApiException unreadableBody(int status, byte[] body, String expected, RequestInfo request,
            @Nullable Throwable cause) {
        String excerpt = this.parser.excerpt(new String(body, StandardCharsets.UTF_8));
        return new ApiException(
                "Atlan answered with a body that is not the expected " + expected
                        + ((excerpt != null) ? ": " + excerpt : " (the body was empty)"),
                status, new AtlanError(null, null, List.of(), null, null, null, excerpt), request,
                "Check that the base URL points at an Atlan tenant and not at a proxy or login page.", cause);
    }

}
