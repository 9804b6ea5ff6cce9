package nestling.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A deliberately small JSON Schema (2020-12) checker for the keywords docs/backup-format.schema.json
 * uses. Any other keyword fails loudly, so the schema cannot quietly outgrow what is checked. A full
 * validator library would be one more dependency for one test; this is fewer lines than its setup.
 */
final class MiniJsonSchema {
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "$defs");
    private static final Set<String> SUPPORTED = Set.of("type", "required", "properties", "additionalProperties",
            "items", "const", "enum", "pattern", "minimum", "maximum", "$ref");

    private final JsonNode root;

    MiniJsonSchema(JsonNode root) {
        this.root = root;
    }

    List<String> validate(JsonNode instance) {
        List<String> errors = new ArrayList<>();
        check(root, instance, "$", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            String name = keyword.getKey();
            JsonNode arg = keyword.getValue();
            if (ANNOTATIONS.contains(name)) {
                continue;
            }
            if (!SUPPORTED.contains(name)) {
                throw new IllegalStateException("the schema uses a keyword this checker does not know: " + name);
            }
            switch (name) {
                case "$ref" -> check(resolve(arg.asString()), value, path, errors);
                case "type" -> {
                    boolean ok = false;
                    for (JsonNode t : arg.isArray() ? arg : List.of(arg)) {
                        ok |= hasType(value, t.asString());
                    }
                    if (!ok) {
                        errors.add(path + ": not of type " + arg);
                    }
                }
                case "const" -> {
                    if (!arg.equals(value)) {
                        errors.add(path + ": must be " + arg);
                    }
                }
                case "enum" -> {
                    boolean found = false;
                    for (JsonNode option : arg) {
                        found |= option.equals(value);
                    }
                    if (!found) {
                        errors.add(path + ": not one of " + arg);
                    }
                }
                case "pattern" -> {
                    if (value.isString() && !Pattern.compile(arg.asString()).matcher(value.asString()).find()) {
                        errors.add(path + ": does not match " + arg.asString());
                    }
                }
                case "minimum" -> {
                    if (value.isNumber() && value.decimalValue().compareTo(arg.decimalValue()) < 0) {
                        errors.add(path + ": below " + arg);
                    }
                }
                case "maximum" -> {
                    if (value.isNumber() && value.decimalValue().compareTo(arg.decimalValue()) > 0) {
                        errors.add(path + ": above " + arg);
                    }
                }
                case "required" -> {
                    if (value.isObject()) {
                        for (JsonNode key : arg) {
                            if (!value.has(key.asString())) {
                                errors.add(path + ": missing " + key.asString());
                            }
                        }
                    }
                }
                case "properties" -> {
                    if (value.isObject()) {
                        for (Map.Entry<String, JsonNode> property : arg.properties()) {
                            if (value.has(property.getKey())) {
                                check(property.getValue(), value.get(property.getKey()), path + "." + property.getKey(), errors);
                            }
                        }
                    }
                }
                case "additionalProperties" -> {
                    if (value.isObject()) {
                        JsonNode declared = schema.get("properties");
                        for (Map.Entry<String, JsonNode> member : value.properties()) {
                            if (declared != null && declared.has(member.getKey())) {
                                continue;
                            }
                            if (arg.isBoolean()) {
                                if (!arg.asBoolean()) {
                                    errors.add(path + ": unexpected " + member.getKey());
                                }
                            } else {
                                check(arg, member.getValue(), path + "." + member.getKey(), errors);
                            }
                        }
                    }
                }
                case "items" -> {
                    if (value.isArray()) {
                        for (int i = 0; i < value.size(); i++) {
                            check(arg, value.get(i), path + "[" + i + "]", errors);
                        }
                    }
                }
                default -> throw new IllegalStateException(name);
            }
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/$defs/")) {
            throw new IllegalStateException("only local $defs references are supported: " + ref);
        }
        JsonNode target = root.get("$defs").get(ref.substring("#/$defs/".length()));
        if (target == null) {
            throw new IllegalStateException("dangling reference " + ref);
        }
        return target;
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalStateException("unknown type " + type);
        };
    }
}
