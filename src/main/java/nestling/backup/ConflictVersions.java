package nestling.backup;

import java.time.Instant;

/** The {@link ConflictChoices.Versions} of two rows of one record, read from the columns every synced table has. */
final class ConflictVersions {
    private ConflictVersions() {
    }

    static ConflictChoices.Versions of(TableShape shape, Object[] mine, Object[] other, boolean otherIsNewer) {
        int id = index(shape, "id");
        int updated = index(shape, "updated_at");
        int deleted = index(shape, "deleted");
        int type = index(shape, "type");
        int start = index(shape, "start_at");
        boolean entry = shape.table().equals("entry") && type >= 0 && start >= 0;
        Object[] newest = otherIsNewer ? other : mine;
        return new ConflictChoices.Versions(shape.key(), Ids.toText((byte[]) other[id]),
                entry ? String.valueOf(newest[type]) : shape.key(),
                entry ? Instant.ofEpochMilli(Rows.number(newest[start])) : null,
                Instant.ofEpochMilli(Rows.number(mine[updated])), Instant.ofEpochMilli(Rows.number(other[updated])),
                Rows.number(mine[deleted]) != 0, Rows.number(other[deleted]) != 0, otherIsNewer);
    }

    private static int index(TableShape shape, String column) {
        return shape.column(column).map(shape.columns()::indexOf).orElse(-1);
    }
}
