package dev.atlanspring.client.error;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an error body in any of the shapes Atlan's services answer with, and anything else (HTML from a proxy,
 * plain text, nothing) as a short single-line excerpt. Every string it returns has passed through the redactor.
 */
public final class AtlanErrorParser {

    /** Longest excerpt of a body that is not a recognised error body. */
    public static final int MAX_EXCERPT = 200;

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");

    /** The fields the shapes of {@link AtlanError} name; the rest go to its other fields. */
    private static final Set<String> KNOWN = Set.of("errorCode", "code", "errorMessage", "message",
            "error_description", "error", "status", "causes", "errorCause", "errorId", "doc", "entityGuid",
            "requestId", "errorDetailsMap");

    private final JsonMapper mapper;

    private final UnaryOperator<String> redactor;

    /**
     * Creates a parser.
     * @param mapper the mapper to read JSON with
     * @param redactor applied to every string taken from the body, so that a server echoing a credential does
     * not put it into an exception message
     */
    public AtlanErrorParser(JsonMapper mapper, UnaryOperator<String> redactor) {
        this.mapper = mapper;
        this.redactor = redactor;
    }

    /**
     * Reads an error body.
     * @param body the raw body, possibly empty
     * @return what Atlan said; {@link AtlanError#EMPTY} for an empty body
     */
    public AtlanError parse(byte @Nullable [] body) {
        if (body == null || body.length == 0) {
            return AtlanError.EMPTY;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return AtlanError.EMPTY;
        }
        JsonNode json = readJson(text);
        if (json != null && json.isObject()) {
            AtlanError error = fromJson(json);
            if (error != null) {
                return error;
            }
        }
        return new AtlanError(null, null, List.of(), null, null, null, excerpt(text));
    }

    /**
     * Shortens any body to one readable line: tags stripped, whitespace collapsed, truncated, redacted.
     * @param text the body
     * @return the excerpt, or {@code null} when nothing readable is left
     */
    public @Nullable String excerpt(String text) {
        String readable = text;
        if (readable.stripLeading().startsWith("<")) {
            readable = html(readable);
        }
        readable = WHITESPACE.matcher(readable).replaceAll(" ").trim();
        if (readable.isEmpty()) {
            return null;
        }
        readable = this.redactor.apply(readable);
        return (readable.length() > MAX_EXCERPT) ? readable.substring(0, MAX_EXCERPT) + "..." : readable;
    }

    /**
     * An HTML page as text: its title, then what its body says beyond the title (error pages such as nginx's repeat
     * the title as their heading).
     */
    private static String html(String page) {
        String text = SCRIPT_OR_STYLE.matcher(page).replaceAll(" ");
        java.util.regex.Matcher title = TITLE.matcher(text);
        if (!title.find()) {
            return TAG.matcher(text).replaceAll(" ");
        }
        String heading = WHITESPACE.matcher(TAG.matcher(title.group(1)).replaceAll(" ")).replaceAll(" ").trim();
        String rest = WHITESPACE.matcher(TAG.matcher(title.replaceFirst(" ")).replaceAll(" ")).replaceAll(" ").trim();
        if (!heading.isEmpty()) {
            rest = rest.replaceFirst(Pattern.quote(heading), " ");
        }
        return heading + " " + rest;
    }

    private @Nullable JsonNode readJson(String text) {
        String trimmed = text.trim();
        if (!trimmed.startsWith("{")) {
            return null;
        }
        try {
            return this.mapper.readTree(trimmed);
        }
        catch (JacksonException ex) {
            return null;
        }
    }

    private @Nullable AtlanError fromJson(JsonNode json) {
        String code = firstText(json, "errorCode", "code");
        String message = firstText(json, "errorMessage", "message", "error_description", "error");
        boolean statusIsCode = code == null && json.has("status") && json.has("error");
        if (statusIsCode) {
            code = text(json.get("status"));
        }
        if (code == null && message == null) {
            return null;
        }
        List<ErrorCause> causes = new ArrayList<>();
        JsonNode list = json.get("causes");
        if (list != null && list.isArray()) {
            for (JsonNode cause : list) {
                causes.add(new ErrorCause(clean(text(cause.get("errorType"))), clean(text(cause.get("errorMessage"))),
                        clean(text(cause.get("location")))));
            }
        }
        Map<String, String> details = new LinkedHashMap<>();
        JsonNode detailsMap = json.get("errorDetailsMap");
        if (detailsMap != null && detailsMap.isObject()) {
            for (Map.Entry<String, JsonNode> detail : detailsMap.properties()) {
                String value = clean(text(detail.getValue()));
                if (value != null) {
                    details.put(detail.getKey(), value);
                }
            }
        }
        Map<String, @Nullable Object> other = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            if (!KNOWN.contains(field.getKey()) || (field.getKey().equals("status") && !statusIsCode)) {
                other.put(field.getKey(), redacted(field.getValue()));
            }
        }
        return new AtlanError(clean(code), clean(message), causes, clean(firstText(json, "errorCause")),
                clean(firstText(json, "errorId")), clean(firstText(json, "doc")), null,
                clean(firstText(json, "entityGuid")), clean(firstText(json, "requestId")), details, other);
    }

    /** A field kept as it came, but with every string redacted, since it may end up in a log or a message. */
    private @Nullable Object redacted(JsonNode node) {
        if (node.isString()) {
            return this.redactor.apply(node.asString());
        }
        if (node.isArray()) {
            List<@Nullable Object> list = new ArrayList<>();
            node.forEach((item) -> list.add(redacted(item)));
            return list;
        }
        if (node.isObject()) {
            Map<String, @Nullable Object> map = new LinkedHashMap<>();
            node.properties().forEach((field) -> map.put(field.getKey(), redacted(field.getValue())));
            return map;
        }
        return this.mapper.convertValue(node, Object.class);
    }

    private static @Nullable String firstText(JsonNode json, String... names) {
        for (String name : names) {
            String value = text(json.get(name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        String value = node.isValueNode() ? node.asString() : node.toString();
        return (value == null || value.isBlank()) ? null : value;
    }

    /** One line, bounded, redacted: a server's message goes into ours as it is, but never a secret. */
    private @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String line = this.redactor.apply(WHITESPACE.matcher(value).replaceAll(" ").trim());
        return (line.length() > 4 * MAX_EXCERPT) ? line.substring(0, 4 * MAX_EXCERPT) + "..." : line;
    }

}
