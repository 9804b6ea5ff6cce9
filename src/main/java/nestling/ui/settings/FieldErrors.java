package nestling.ui.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nestling.domain.ValidationException;

/** One message per form field (shown next to it), plus a general one; "" when all is well. */
final class FieldErrors {
    private final Map<String, ReadOnlyStringWrapper> fields = new LinkedHashMap<>();

    FieldErrors(String... names) {
        for (String name : names) {
            fields.put(name, new ReadOnlyStringWrapper(this, name, ""));
        }
        fields.put("general", new ReadOnlyStringWrapper(this, "general", ""));
    }

    ReadOnlyStringProperty of(String field) {
        return fields.get(field).getReadOnlyProperty();
    }

    void clear() {
        fields.values().forEach(f -> f.set(""));
    }

    /** Sets the first message for {@code field}; unknown fields go to "general". */
    void set(String field, String message) {
        ReadOnlyStringWrapper target = fields.getOrDefault(field, fields.get("general"));
        if (target.get().isEmpty()) {
            target.set(message);
        }
    }

    boolean any() {
        return fields.values().stream().anyMatch(f -> !f.get().isEmpty());
    }

    /** The core's per-field messages (refusals the form could not foresee), or a general failure. */
    void from(Throwable failure, java.util.ResourceBundle bundle, String generalText) {
        if (failure instanceof ValidationException invalid) {
            nestling.ui.common.ReasonTexts.byField(bundle, invalid.problems()).forEach(this::set);
        } else {
            set("general", generalText);
        }
    }
}
