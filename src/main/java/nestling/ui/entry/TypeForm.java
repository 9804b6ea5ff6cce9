package nestling.ui.entry;

import java.util.List;
import nestling.domain.EntryData;

/**
 * The fields of one entry type and how they turn into the type's {@link EntryData} (in canonical
 * units) and back. {@link #build()} throws {@link FieldException} for a field that cannot be read.
 */
public interface TypeForm {
    List<FormField> fields();

    EntryData build() throws FieldException;

    void load(EntryData data);

    /** A field whose text is not a number (or not one in range). */
    final class FieldException extends Exception {
        private final FormField field;

        public FieldException(FormField field) {
            super(field.id(), null, false, false);
            this.field = field;
        }

        public FormField field() {
            return field;
        }
    }
}
