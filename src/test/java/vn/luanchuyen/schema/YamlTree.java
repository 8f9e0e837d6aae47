package vn.luanchuyen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML file as a JSON tree, to validate it against its schema. Parsed safely, like the loader:
 * SnakeYAML's node API only (nothing is constructed), no aliases. Two readings:
 * {@link #asLoaderReads} keeps every scalar as text (as the loader reads it; only an empty value
 * or {@code ~} is null); {@link #asEditorReads} types plain scalars by the YAML 1.2 core schema,
 * as an editor's YAML language server does ({@code 2021} a number, {@code true} a boolean).
 */
final class YamlTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private final boolean typed;

    private YamlTree(boolean typed) {
        this.typed = typed;
    }

    static JsonNode asLoaderReads(String yaml) {
        return new YamlTree(false).convert(compose(yaml));
    }

    static JsonNode asEditorReads(String yaml) {
        return new YamlTree(true).convert(compose(yaml));
    }

    private static Node compose(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        return new Yaml(options).compose(new StringReader(yaml));
    }

    private JsonNode convert(Node node) {
        if (node instanceof MappingNode m) {
            ObjectNode out = NODES.objectNode();
            for (NodeTuple t : m.getValue()) {
                out.set(((ScalarNode) t.getKeyNode()).getValue(), convert(t.getValueNode()));
            }
            return out;
        }
        if (node instanceof SequenceNode s) {
            ArrayNode out = NODES.arrayNode();
            s.getValue().forEach(item -> out.add(convert(item)));
            return out;
        }
        ScalarNode s = (ScalarNode) node;
        String v = s.getValue();
        boolean plain = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        if (!typed) return plain && s.getTag().equals(Tag.NULL) ? NODES.nullNode() : NODES.textNode(v);
        if (!plain) return NODES.textNode(v);
        if (NULL.matcher(v).matches()) return NODES.nullNode();
        if (BOOL.matcher(v).matches()) return NODES.booleanNode(v.equalsIgnoreCase("true"));
        if (INT.matcher(v).matches()) return NODES.numberNode(new BigInteger(v));
        if (FLOAT.matcher(v).matches()) return NODES.numberNode(new BigDecimal(v));
        return NODES.textNode(v);
    }
}
