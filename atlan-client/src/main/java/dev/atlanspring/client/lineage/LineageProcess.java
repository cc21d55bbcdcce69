package dev.atlanspring.client.lineage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetRef;
import org.jspecify.annotations.Nullable;

/**
 * Builds the lineage processes Atlan draws lineage from: a {@code Process} that reads some assets
 * ({@code inputs}) and writes others ({@code outputs}), and a {@code ColumnProcess}, the part of a process that
 * carries columns to columns (its {@code process} is the parent process). Save the result with
 * {@link dev.atlanspring.client.asset.Assets#save(Asset)}:
 * <pre>{@code
 * Asset load = LineageProcess.builder("load ORDERS", "default/snowflake/1700000000")
 *         .input(AssetRef.byGuid("Table", orderItemsGuid))
 *         .output(AssetRef.byGuid("Table", ordersGuid))
 *         .sql("INSERT INTO ORDERS SELECT ...")
 *         .build();
 * atlan.assets().save(load);
 * }</pre>
 * Unless given a process id, the qualified name is generated the way the official SDKs generate it (atlan-java
 * {@code LineageProcess.generateQualifiedName}, pyatlan {@code Process.Attributes.generate_qualified_name}), so the
 * same process, built again from the same parts, has the same qualified name, and saving it again updates it rather
 * than creating a second one; and a process saved by an SDK is the same process.
 */
public final class LineageProcess {

    /** The type of a process. */
    public static final String PROCESS = "Process";

    /** The type of a column-level process. */
    public static final String COLUMN_PROCESS = "ColumnProcess";

    private LineageProcess() {
    }

    /**
     * Starts a process.
     * @param name its name, such as the job or query that moves the data
     * @param connectionQualifiedName the qualified name of the connection it ran in, such as
     * {@code default/snowflake/1700000000}
     * @return a builder
     */
    public static Builder builder(String name, String connectionQualifiedName) {
        return new Builder(PROCESS, name, connectionQualifiedName, null);
    }

    /**
     * Starts a column-level process, part of a process.
     * @param name its name
     * @param connectionQualifiedName the qualified name of the connection it ran in
     * @param parent the process it is part of, by GUID (or by qualified name)
     * @return a builder
     */
    public static Builder columnBuilder(String name, String connectionQualifiedName, AssetRef parent) {
        return new Builder(COLUMN_PROCESS, name, connectionQualifiedName, Objects.requireNonNull(parent, "parent"));
    }

    /**
     * Generates a process's qualified name as the official SDKs do: {@code <connection>/<process id>} when an id is
     * given, else {@code <connection>/<md5>}, the MD5 in lower-case hex of the name, the connection's qualified name,
     * the parent's GUID (for a column process) and each input's then each output's GUID (or, for a reference
     * without one, its qualified name), concatenated in that order.
     * @param name the process's name
     * @param connectionQualifiedName the connection's qualified name
     * @param processId the process's id in the system that ran it, or {@code null} to generate one
     * @param inputs what it reads
     * @param outputs what it writes
     * @param parent the parent process of a column process, or {@code null}
     * @return the qualified name
     */
    public static String qualifiedName(String name, String connectionQualifiedName, @Nullable String processId,
            List<AssetRef> inputs, List<AssetRef> outputs, @Nullable AssetRef parent) {
        requireText(name, "name");
        requireText(connectionQualifiedName, "connectionQualifiedName");
        if (processId != null && !processId.isBlank()) {
            return connectionQualifiedName + "/" + processId;
        }
        StringBuilder parts = new StringBuilder(name).append(connectionQualifiedName);
        if (parent != null) {
            append(parts, parent);
        }
        inputs.forEach((input) -> append(parts, input));
        outputs.forEach((output) -> append(parts, output));
        return connectionQualifiedName + "/" + md5(parts.toString());
    }

    private static void append(StringBuilder parts, AssetRef ref) {
        if (ref.guid() != null) {
            parts.append(ref.guid());
        }
        else if (ref.qualifiedName() != null) {
            parts.append(ref.qualifiedName());
        }
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("This JVM has no MD5, which every JVM must have", ex);
        }
    }

    private static String requireText(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The process's " + name + " is " + ((value == null) ? "null" : "blank")
                    + "; pass it.");
        }
        return value;
    }

    /**
     * Builds a process as an {@link Asset}: its type, generated qualified name, name, connector and connection,
     * {@code inputs} and {@code outputs} (and {@code process} for a column process) as relationship attributes, and
     * its SQL or code when given. Not thread-safe.
     */
    public static final class Builder {

        private final String typeName;

        private final String name;

        private final String connectionQualifiedName;

        private final @Nullable AssetRef parent;

        private final List<AssetRef> inputs = new ArrayList<>();

        private final List<AssetRef> outputs = new ArrayList<>();

        private @Nullable String processId;

        private @Nullable String sql;

        private @Nullable String code;

        private Builder(String typeName, String name, String connectionQualifiedName, @Nullable AssetRef parent) {
            this.typeName = typeName;
            this.name = requireText(name, "name");
            this.connectionQualifiedName = requireText(connectionQualifiedName, "connectionQualifiedName");
            String[] parts = connectionQualifiedName.split("/");
            if (parts.length < 3 || parts[1].isBlank()) {
                throw new IllegalArgumentException("'" + connectionQualifiedName + "' is not a connection's qualified"
                        + " name; pass one such as 'default/snowflake/1700000000' (tenant/connector/id).");
            }
            this.parent = parent;
        }

        /**
         * Adds an asset the process reads. Refer to it the same way every time (by GUID, or by qualified name):
         * the generated qualified name depends on it.
         * @param input the asset, such as {@code AssetRef.byGuid("Table", guid)}
         * @return this builder
         */
        public Builder input(AssetRef input) {
            this.inputs.add(Objects.requireNonNull(input, "input"));
            return this;
        }

        /**
         * Adds assets the process reads, in order.
         * @param inputs the assets
         * @return this builder
         */
        public Builder inputs(List<AssetRef> inputs) {
            inputs.forEach(this::input);
            return this;
        }

        /**
         * Adds an asset the process writes.
         * @param output the asset
         * @return this builder
         */
        public Builder output(AssetRef output) {
            this.outputs.add(Objects.requireNonNull(output, "output"));
            return this;
        }

        /**
         * Adds assets the process writes, in order.
         * @param outputs the assets
         * @return this builder
         */
        public Builder outputs(List<AssetRef> outputs) {
            outputs.forEach(this::output);
            return this;
        }

        /**
         * Sets the process's id in the system that ran it; the qualified name is then {@code <connection>/<id>}.
         * @param processId the id, or {@code null} to generate the qualified name
         * @return this builder
         */
        public Builder processId(@Nullable String processId) {
            this.processId = processId;
            return this;
        }

        /**
         * Sets the SQL the process ran.
         * @param sql the SQL
         * @return this builder
         */
        public Builder sql(@Nullable String sql) {
            this.sql = sql;
            return this;
        }

        /**
         * Sets the code the process ran.
         * @param code the code
         * @return this builder
         */
        public Builder code(@Nullable String code) {
            this.code = code;
            return this;
        }

        /**
         * Builds the process, with a placeholder GUID that saving it maps to Atlan's.
         * @return the process, ready to save
         * @throws IllegalArgumentException when it has no inputs or no outputs
         */
        public Asset build() {
            if (this.inputs.isEmpty() || this.outputs.isEmpty()) {
                throw new IllegalArgumentException("The process '" + this.name + "' needs at least one input and one"
                        + " output (it has " + this.inputs.size() + " and " + this.outputs.size() + "); add them with"
                        + " input(...) and output(...).");
            }
            Asset.Builder process = Asset
                .builder(this.typeName, qualifiedName(this.name, this.connectionQualifiedName, this.processId,
                        this.inputs, this.outputs, this.parent))
                .placeholderGuid()
                .name(this.name)
                .attribute("connectorName", this.connectionQualifiedName.split("/")[1])
                .attribute("connectionQualifiedName", this.connectionQualifiedName)
                .relationshipAttribute("inputs", List.copyOf(this.inputs))
                .relationshipAttribute("outputs", List.copyOf(this.outputs));
            if (this.parent != null) {
                process.relationshipAttribute("process", this.parent);
            }
            if (this.sql != null) {
                process.attribute("sql", this.sql);
            }
            if (this.code != null) {
                process.attribute("code", this.code);
            }
            return process.build();
        }

    }

}
