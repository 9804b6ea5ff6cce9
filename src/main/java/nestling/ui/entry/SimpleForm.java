package nestling.ui.entry;

import java.util.List;
import java.util.function.Consumer;
import nestling.domain.EntryData;

/** A {@link TypeForm} from its fields and two functions. */
record SimpleForm(List<FormField> fields, Builder builder, Consumer<EntryData> loader) implements TypeForm {
    /** Reads the fields into the type's data. */
    @FunctionalInterface
    interface Builder {
        EntryData build() throws FieldException;
    }

    @Override
    public EntryData build() throws FieldException {
        return builder.build();
    }

    @Override
    public void load(EntryData data) {
        loader.accept(data);
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
