package nestling.store;

/** A serialized database and the number of committed writes it includes. */
public record DatabaseImage(byte[] bytes, long commitCount) {
}
